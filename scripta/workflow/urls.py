from django.urls import path

from scripta.workflow import views

app_name = "workflow"
urlpatterns = [
    path("messages/<int:message_id>/save/", views.save_for_session, name="save_for_session"),
    path("messages/<int:message_id>/handled/", views.crisis_handled, name="handled"),
    path("conversations/<int:conversation_id>/no-reply/", views.no_reply, name="no_reply"),
    path("conversations/<int:conversation_id>/check/", views.composer_check, name="check"),
    path(
        "conversations/<int:conversation_id>/whatsapp-template/",
        views.send_whatsapp_template,
        name="whatsapp_template",
    ),
    path("patients/<int:patient_id>/agenda/", views.agenda_page, name="agenda"),
    path("patients/<int:patient_id>/agenda.pdf", views.agenda_pdf, name="agenda_pdf"),
    path("saved/<int:saved_id>/discussed/", views.mark_discussed, name="discussed"),
    path("templates/", views.template_list, name="templates"),
    path("templates/new/", views.template_new, name="template_new"),
    path("templates/<int:template_id>/", views.template_edit, name="template_edit"),
]
