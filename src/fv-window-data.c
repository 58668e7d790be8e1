/* fv-window-data.c — Export Data…: the current chart's data as a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same file as the command line's --export-chart=ID --format=csv
 * (fv-chart-csv.c), of the chart the window shows, in the content
 * language shown: what a newsroom publishes beside the chart.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-csv.h"
#include "fv-window-private.h"

typedef struct
{
  FvModel        *model;
  const FvChart  *chart;      /* the model's: lives as long as it */
  char          **languages;
  char           *path;
  GFile          *file;
  GWeakRef        window;     /* it may close meanwhile */
} DataExport;

static void
data_export_free (DataExport *export)
{
  g_object_unref (export->model);
  g_strfreev (export->languages);
  g_free (export->path);
  g_object_unref (export->file);
  g_weak_ref_clear (&export->window);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DataExport *export = task_data;
  GError *error = NULL;

  /* A timeline of 100,000 events is megabytes: not on the window's
   * thread. */
  if (fv_chart_csv_export (export->model, export->chart,
                           (const char * const *) export->languages, export->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  DataExport *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(FvWindow) self = g_weak_ref_get (&export->window);
  g_autoptr(GError) error = NULL;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  if (self == NULL)
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data", TRUE);
  if (!written)
    fv_window_show_problems (self, error->message);
  else
    /* translators: after a chart's data is written; %s is the file's name */
    fv_window_show_exported (self, export->file, _("Data saved as “%s”"));
}

static void
export_data (FvWindow      *self,
             const FvChart *chart,
             GFile         *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = g_file_get_path (file);
  DataExport *export;

  if (path == NULL)
    {
      fv_window_show_problems (self, _("A chart’s data can be saved to a local folder only"));
      return;
    }

  export = g_new0 (DataExport, 1);
  export->model = g_object_ref (fv_session_get_model (self->session));
  export->chart = chart;
  export->languages = g_strdupv ((char **) fv_session_get_languages (self->session));
  export->path = g_steal_pointer (&path);
  export->file = g_object_ref (file);
  g_weak_ref_init (&export->window, self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data", FALSE);
  task = g_task_new (NULL, NULL, on_exported, NULL);
  g_task_set_task_data (task, export, (GDestroyNotify) data_export_free);
  g_task_run_in_thread (task, export_thread);
}

/* Whose data the file chooser is for. */
typedef struct
{
  FvWindow *window;
  char     *chart_id;
} DataChoice;

static void
data_choice_free (gpointer  data,
                  GClosure *closure)
{
  DataChoice *choice = data;

  g_free (choice->chart_id);
  g_free (choice);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                DataChoice      *choice)
{
  FvWindow *self = choice->window;
  const char *id = choice->chart_id;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      /* By its id: the model may have been reloaded while the dialog was
       * open, and its charts with it. */
      const FvChart *chart = fv_model_lookup_chart (fv_session_get_model (self->session), id);

      if (file != NULL && chart != NULL)
        export_data (self, chart, file);
    }
  g_object_unref (chooser);
}

/* Export Data…: where to save the current chart's data, named after it. */
static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const FvChart *chart = fv_window_get_current_chart (self);
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;
  DataChoice *choice;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (chart == NULL)
    {
      fv_window_show_problems (self, _("This story has no chart whose data to save"));
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save Chart Data"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* A name a file system takes: no folder separators from the title. */
  title = g_strdup (fv_session_text (self->session, &chart->title));
  g_strdelimit (title, "/\\:", '-');
  /* translators: the file name a chart's data is offered; %s is the chart's title */
  name = g_strdup_printf (_("%s — data.csv"), title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  choice = g_new0 (DataChoice, 1);
  choice->window = self;
  choice->chart_id = g_strdup (chart->id);
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_file_chosen), choice,
                         data_choice_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
fv_window_class_install_data_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_data_action);
}
