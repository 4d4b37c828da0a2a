from django.urls import URLPattern

app_name = "desk_settings"
urlpatterns: list[URLPattern] = []
