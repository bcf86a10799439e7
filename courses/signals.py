def curriculum_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from .access import curriculum_access_sync
    from .models.catalogue import core_curricula_forget

    core_curricula_forget()
    curriculum_access_sync(instance)


def partner_saved(sender, instance, created=False, raw=False, **kwargs):
    if raw or not created:
        return
    from .access import partner_access_sync

    partner_access_sync(instance)
