from django.urls import path

from scripta.patients import views
from scripta.privacy import views as privacy_views

app_name = "patients"
urlpatterns = [
    path("", views.patient_list, name="list"),
    path("new/", views.patient_edit, name="new"),
    path("<int:patient_id>/", views.patient_detail, name="detail"),
    path("<int:patient_id>/edit/", views.patient_edit, name="edit"),
    path("<int:patient_id>/consent/", views.consent_change, name="consent"),
    path("<int:patient_id>/invite/", views.invite, name="invite"),
    path("<int:patient_id>/agreement/", views.agreement, name="agreement"),
    path("<int:patient_id>/agreement/record/", views.agreement_record, name="agreement_record"),
    path("<int:patient_id>/export/", privacy_views.therapist_export, name="export"),
]
