from django.urls import path

from scripta.conversations import views

app_name = "conversations"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("unread/", views.unread_badge, name="unread"),
    path("<int:conversation_id>/", views.conversation_detail, name="detail"),
    path(
        "<int:conversation_id>/attachments/<int:attachment_id>/",
        views.attachment_download,
        name="attachment",
    ),
]
