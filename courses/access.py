"""Who may edit what: programme staff, each partner's editors group, their collections and the approval workflow."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import ContentApprovalTask, CurriculumIndexPage, CurriculumPage, Partner

PROGRAMME_STAFF = "Programme staff"
PARTNER_WORKFLOW = "Partner content approval"
PARTNER_WORKFLOW_TASK = "Approval by programme staff"
MATERIALS_ROOT = "Curriculum materials"

STAFF_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
PARTNER_PAGE_PERMISSIONS = ["add_page", "change_page"]
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}
# On the core's collections partners may only choose: link a core trainer guide or picture from their
# own lessons, never edit, delete or add to the core's materials.
CORE_MATERIALS_PERMISSIONS = {
    "wagtaildocs": ["choose_document"],
    "wagtailimages": ["choose_image"],
}
STAFF_MODEL_PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "courses": ["add_partner", "change_partner", "delete_partner", "view_partner"],
    "wagtail_localize": ["submit_translation"],
    "cms": ["change_sitesettings"],
    "certification": [
        "view_trainerprofile",
        "change_trainerprofile",
        "add_certificationtrack",
        "change_certificationtrack",
        "view_certificationtrack",
        "change_certificatesettings",
        "view_namechangerequest",
        "change_namechangerequest",
    ],
    # Results records: nothing that values or history keep is deleted (the delete views refuse it); an
    # assessment is recorded and its values corrected on the site, and a cycle is cancelled, not deleted.
    "results": [
        "add_enterprise",
        "change_enterprise",
        "delete_enterprise",
        "view_enterprise",
        "add_trainingcycle",
        "change_trainingcycle",
        "view_trainingcycle",
        "change_assessment",
        "view_assessment",
        "add_kpi",
        "change_kpi",
        "delete_kpi",
        "view_kpi",
        "add_goodpracticechecklist",
        "change_goodpracticechecklist",
        "delete_goodpracticechecklist",
        "view_goodpracticechecklist",
    ],
}
PARTNER_MODEL_PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "wagtail_localize": ["submit_translation"],
    # Their own partner's records only: the admin's results views are scoped (results/admin/scoping.py).
    "results": [
        "change_enterprise",
        "view_enterprise",
        "change_trainingcycle",
        "view_trainingcycle",
        "change_assessment",
        "view_assessment",
    ],
}


def _permissions(app_codenames: dict[str, list[str]]) -> list[Permission]:
    found = []
    for app_label, codenames in app_codenames.items():
        found += list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    return found


def _page_permissions(codenames: list[str]) -> list[Permission]:
    return list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))


def _collection_permissions() -> list[Permission]:
    return _permissions(COLLECTION_PERMISSIONS)


def editors_group_name(partner: Partner) -> str:
    return f"{partner.short_name} editors"


@transaction.atomic
def programme_staff_group_ensure() -> Group:
    """Programme staff edit and publish everything, approve partners' content and manage partners."""
    group, _created = Group.objects.get_or_create(name=PROGRAMME_STAFF)
    group.permissions.add(*_permissions(STAFF_MODEL_PERMISSIONS))
    root = Page.get_first_root_node()
    for permission in _page_permissions(STAFF_PAGE_PERMISSIONS):
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    root_collection = Collection.get_first_root_node()
    for permission in _collection_permissions() + _permissions(
        {"wagtaildocs": ["delete_document"], "wagtailimages": ["delete_image"]}
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission
        )
    return group


@transaction.atomic
def partner_workflow_ensure() -> Workflow:
    """Partner edits go to programme staff for approval; the workflow covers every catalogue."""
    staff = programme_staff_group_ensure()
    workflow, _created = Workflow.objects.get_or_create(name=PARTNER_WORKFLOW)
    task = ContentApprovalTask.objects.filter(name=PARTNER_WORKFLOW_TASK, active=True).first()
    if task is None:
        task = ContentApprovalTask.objects.create(name=PARTNER_WORKFLOW_TASK)
        task.groups.set([staff])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in CurriculumIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def materials_root_ensure() -> Collection:
    """The collection that holds every curriculum's materials; only signed-in people download from it."""
    root = Collection.get_first_root_node()
    materials = root.get_children().filter(name=MATERIALS_ROOT).first() or root.add_child(name=MATERIALS_ROOT)
    CollectionViewRestriction.objects.get_or_create(
        collection=materials, defaults={"restriction_type": BaseViewRestriction.LOGIN}
    )
    return materials


def materials_collection_ensure(curriculum: CurriculumPage) -> Collection:
    """One collection per curriculum (shared by its translations), below "Curriculum materials"."""
    if curriculum.materials_collection_id:
        return curriculum.materials_collection
    sibling = (
        CurriculumPage.objects.filter(
            translation_key=curriculum.translation_key, materials_collection__isnull=False
        )
        .exclude(pk=curriculum.pk)
        .select_related("materials_collection")
        .first()
    )
    if sibling is not None:
        collection = sibling.materials_collection
    else:
        parent = materials_root_ensure()
        name = curriculum.title
        existing = parent.get_children().filter(name=name).first()
        collection = existing or parent.add_child(name=name)
    CurriculumPage.objects.filter(pk=curriculum.pk).update(materials_collection=collection)
    curriculum.materials_collection = collection
    return collection


def core_materials_collections() -> set[Collection]:
    """The collections of the core curricula (partner None): one per curriculum, shared by its translations."""
    core = CurriculumPage.objects.filter(partner=None).select_related("materials_collection")
    return {materials_collection_ensure(curriculum) for curriculum in core}


@transaction.atomic
def partner_access_sync(partner: Partner) -> Group:
    """The partner's editors reach its variant curricula (every language) and their collections, and may
    choose (only choose) the core's materials; nothing else."""
    group = partner.editors_group
    if group is None:
        group, _created = Group.objects.get_or_create(name=editors_group_name(partner))
        Partner.objects.filter(pk=partner.pk).update(editors_group=group)
        partner.editors_group = group
    group.permissions.add(*_permissions(PARTNER_MODEL_PERMISSIONS))

    curricula = list(CurriculumPage.objects.filter(partner=partner))
    page_permissions = _page_permissions(PARTNER_PAGE_PERMISSIONS)
    GroupPagePermission.objects.filter(group=group).exclude(page__in=[c.pk for c in curricula]).delete()
    for curriculum in curricula:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=curriculum, permission=permission)

    core_collections = core_materials_collections()
    # A core collection stays choose-only even if a variant points to it (a copied curriculum page).
    own_collections = {materials_collection_ensure(curriculum) for curriculum in curricula} - core_collections
    wanted = {
        (collection.pk, permission.pk)
        for collections, permissions in (
            (own_collections, _collection_permissions()),
            (core_collections, _permissions(CORE_MATERIALS_PERMISSIONS)),
        )
        for collection in collections
        for permission in permissions
    }
    for granted in GroupCollectionPermission.objects.filter(group=group):
        if (granted.collection_id, granted.permission_id) not in wanted:
            granted.delete()
    for collection_id, permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection_id=collection_id, permission_id=permission_id
        )
    return group


def curriculum_access_sync(curriculum: CurriculumPage) -> None:
    """After a curriculum is created, translated or given to another partner: collection and permissions."""
    new_collection = curriculum.materials_collection_id is None
    materials_collection_ensure(curriculum)
    if curriculum.is_core and new_collection:
        # Every partner may choose the core's materials: a new core collection reaches them all.
        for partner in Partner.objects.all():
            partner_access_sync(partner)
    for partner in Partner.objects.filter(editors_group__page_permissions__page=curriculum).distinct():
        if partner.pk != curriculum.partner_id:
            partner_access_sync(partner)
    if curriculum.partner_id:
        partner_access_sync(curriculum.partner)
