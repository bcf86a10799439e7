from django.urls import path

from .views import progress

app_name = "learning"

urlpatterns = [
    path("", progress.my_learning_view, name="my_learning"),
    path("lessons/<id:lesson_id>/done/", progress.lesson_done, name="lesson_done"),
    path("lessons/<id:lesson_id>/undo/", progress.lesson_undo, name="lesson_undo"),
]
