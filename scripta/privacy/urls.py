from django.urls import path

from scripta.privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.index, name="index"),
    path("patients/<int:patient_id>/", views.patient, name="patient"),
    path("patients/<int:patient_id>/export/", views.export, name="export"),
    path("patients/<int:patient_id>/restrict/", views.restrict, name="restrict"),
    path("patients/<int:patient_id>/lift/", views.lift, name="lift"),
    path("patients/<int:patient_id>/erase/", views.erase, name="erase"),
]
