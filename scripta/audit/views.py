from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from scripta.accounts.decorators import practice_admin_required
from scripta.audit.actions import record
from scripta.audit.models import AuditEntry
from scripta.core.http import AuthedRequest


@practice_admin_required
@require_GET
def audit_list(request: AuthedRequest) -> HttpResponse:
    """Administrators browse and filter the trail; it holds ids and actions, never content."""
    entries = AuditEntry.objects.order_by("-id")
    filters = {key: request.GET.get(key, "").strip() for key in ("action", "actor", "patient")}
    if filters["action"]:
        entries = entries.filter(action__startswith=filters["action"])
    if filters["actor"]:
        entries = entries.filter(actor_label__icontains=filters["actor"])
    if filters["patient"].isdigit():
        entries = entries.filter(patient_id=int(filters["patient"]))
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    record("audit.view", request=request, detail={k: v for k, v in filters.items() if v})
    return TemplateResponse(request, "audit/list.html", {"page": page, "filters": filters})
