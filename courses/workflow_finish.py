"""WAGTAIL_FINISH_WORKFLOW_ACTION. Wagtail imports it while its models load, so it imports nothing at the top."""


def publish_workflow_state(workflow_state, user=None):
    from courses.publishing import workflow_state_publish

    return workflow_state_publish(workflow_state, user=user)
