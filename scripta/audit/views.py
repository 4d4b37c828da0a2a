from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from scripta.accounts.decorators import practice_admin_required
from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.audit.models import AuditEntry
from scripta.core.http import AuthedRequest
from scripta.patients.models import Patient


@practice_admin_required
@require_GET
def audit_list(request: AuthedRequest) -> HttpResponse:
    """Administrators browse and filter the trail; it holds ids and actions, never content.

    Only their own practice: entries by its users or about its patients.
    """
    filters = {key: request.GET.get(key, "").strip() for key in ("action", "actor", "patient")}
    # Recorded first: paginating counts the rows, and an entry added between the count and the
    # slice would push the oldest row of the page out of sight.
    record("audit.view", request=request, detail={k: v for k, v in filters.items() if v})
    practice_id = request.user.practice_id
    if practice_id is None:
        entries = AuditEntry.objects.none()
    else:
        entries = AuditEntry.objects.filter(
            Q(actor_id__in=User.objects.filter(practice_id=practice_id).values("pk"))
            | Q(patient_id__in=Patient.objects.filter(practice_id=practice_id).values("pk"))
        )
    entries = entries.order_by("-id")
    if filters["action"]:
        entries = entries.filter(action__startswith=filters["action"])
    if filters["actor"]:
        entries = entries.filter(actor_label__icontains=filters["actor"])
    if filters["patient"].isdigit():
        entries = entries.filter(patient_id=int(filters["patient"]))
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return TemplateResponse(request, "audit/list.html", {"page": page, "filters": filters})
