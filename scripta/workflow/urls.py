from django.urls import URLPattern

app_name = "workflow"
urlpatterns: list[URLPattern] = []
