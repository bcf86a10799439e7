"""Requirements retire instead of going; certification history is never deleted with what it refers to
(docs/decisions/0015). The on_delete changes alter no table: Django refuses the delete before any row goes."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('certification', '0003_progression'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='requirement',
            name='retired_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='retired at'),
        ),
        migrations.AddField(
            model_name='requirement',
            name='retired_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='retired by'),
        ),
        migrations.AlterField(
            model_name='bulkissue',
            name='requested_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='requested by'),
        ),
        migrations.AlterField(
            model_name='certificate',
            name='certified_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='certified by'),
        ),
        migrations.AlterField(
            model_name='certificate',
            name='module_revision',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.revision', verbose_name='module revision'),
        ),
        migrations.AlterField(
            model_name='certificatenamechange',
            name='changed_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='changed by'),
        ),
        migrations.AlterField(
            model_name='certificatenamechange',
            name='profile',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='name_changes', to='certification.trainerprofile', verbose_name='profile'),
        ),
        migrations.AlterField(
            model_name='certificationevent',
            name='actor',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by'),
        ),
        migrations.AlterField(
            model_name='certificationevent',
            name='certification',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='events', to='certification.certification', verbose_name='certification'),
        ),
        migrations.AlterField(
            model_name='evidence',
            name='certification',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='evidence', to='certification.certification', verbose_name='certification'),
        ),
        migrations.AlterField(
            model_name='evidence',
            name='uploaded_by',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='uploaded by'),
        ),
        migrations.AlterField(
            model_name='requirementprogress',
            name='certification',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='progress', to='certification.certification', verbose_name='certification'),
        ),
        migrations.AlterField(
            model_name='requirementprogress',
            name='confirmed_by',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='confirmed by'),
        ),
        migrations.AlterField(
            model_name='requirementprogress',
            name='expert',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='Expert Trainer'),
        ),
        migrations.AlterField(
            model_name='requirementprogress',
            name='requirement',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='certification.requirement', verbose_name='requirement'),
        ),
        migrations.AlterField(
            model_name='requirement',
            name='prerequisite',
            field=models.ForeignKey(blank=True, help_text='For a prerequisite certification: the module the trainer must be certified in first.', null=True, on_delete=django.db.models.deletion.RESTRICT, related_name='+', to='certification.certificationtrack', verbose_name='prerequisite module'),
        ),
        migrations.AlterField(
            model_name='reviewcomment',
            name='event',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='comments', to='certification.certificationevent', verbose_name='decision'),
        ),
        migrations.AlterField(
            model_name='reviewcomment',
            name='requirement',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='certification.requirement', verbose_name='requirement'),
        ),
    ]
