/* fv-export-dialog.c — choose a chart, its size and scale, and where to save it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PNG is drawn afresh at the size chosen (not a screenshot), by the same
 * code as the window's charts and the command line's --export-chart. It is
 * drawn and written in a worker: the largest image allowed takes seconds,
 * during which the dialog shows how far it is and can cancel it, and the
 * window behind answers. Unless the person unchecks it, the height chosen
 * is the least the chart has: it grows where its titles and source line
 * wrap onto more lines, as the command line's export without --height.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-export.h"
#include "fv-export-dialog.h"
#include "fv-ui-resources.h"

struct _FvExportDialog
{
  GtkWindow             parent_instance;

  FvSession            *session;
  GPtrArray            *charts;
  GtkFileChooserNative *chooser;

  GtkDropDown          *chart_dropdown;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkCheckButton       *fit_check;
  GtkDropDown          *scale_dropdown;
  GtkDropDown          *format_dropdown;
  GtkDropDown          *range_dropdown;
  GtkWidget            *range_dropdown_label;
  GtkLabel             *size_label;
  GtkLabel             *error_label;
  GtkProgressBar       *progress_bar;
  GtkWidget            *export_button;

  /* While an export runs. */
  GFile                 *target;
  GCancellable          *cancellable;
  FvChartExportProgress *progress;
  guint                  progress_id;
};

G_DEFINE_FINAL_TYPE (FvExportDialog, fv_export_dialog, GTK_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
get_scale (FvExportDialog *self)
{
  return gtk_drop_down_get_selected (self->scale_dropdown) + 1;
}

static FvChartFormat
get_format (FvExportDialog *self)
{
  return gtk_drop_down_get_selected (self->format_dropdown);
}

static const FvChart *
get_chart (FvExportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->chart_dropdown);

  if (self->charts == NULL)
    return NULL;
  return selected < self->charts->len ? g_ptr_array_index (self->charts, selected) : NULL;
}

/* How the chart chosen is shown, as the session has it: its zoom, its axis.
 * Returns whether it is zoomed in. */
static gboolean
get_time (FvExportDialog *self,
          FvChartTime    *time)
{
  const FvChart *chart = get_chart (self);
  FvChartViewState *state = chart != NULL && self->session != NULL
                            ? fv_session_get_chart_state (self->session, chart->id) : NULL;

  *time = (FvChartTime) { 0 };
  return state != NULL && fv_chart_view_state_get_time (state, time);
}

/* The time the export shows: the range the chart is shown in, while that
 * is the choice; else all events on the axis it has. */
static void
get_export_time (FvExportDialog *self,
                 FvChartTime    *time)
{
  get_time (self, time);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->range_dropdown)) ||
      gtk_drop_down_get_selected (self->range_dropdown) != 0)
    time->from_day = time->to_day = 0;
}

/* The height chosen, or where the person left the check on, as much more
 * as the chart's texts need at the width chosen. */
static int
get_height (FvExportDialog *self)
{
  const FvChart *chart = get_chart (self);
  int height = gtk_spin_button_get_value_as_int (self->height_spin);
  FvChartStyle style;
  FvChartTime time;
  FvChartState state;

  if (chart == NULL || !gtk_check_button_get_active (self->fit_check))
    return height;

  get_export_time (self, &time);
  state = (FvChartState) { .languages = fv_session_get_languages (self->session),
                           .from_day = time.from_day, .to_day = time.to_day,
                           .linear_axis = time.linear_axis };
  fv_chart_style_init (&style, FALSE);
  return MIN (fv_chart_get_natural_height (fv_session_get_model (self->session), chart,
                                           gtk_spin_button_get_value_as_int (self->width_spin),
                                           height, &style, &state),
              FV_CHART_EXPORT_MAX_SIZE);
}

static void
update_size_label (FvExportDialog *self)
{
  gboolean pixels = get_format (self) == FV_CHART_FORMAT_PNG;
  int scale = pixels ? get_scale (self) : 1;
  int width = gtk_spin_button_get_value_as_int (self->width_spin) * scale;
  int height = get_height (self) * scale;
  g_autofree char *text = pixels
    /* translators: the size of the image that export will write */
    ? g_strdup_printf (_("The image will be %d × %d pixels"), width, height)
    /* translators: the size of an SVG or PDF drawing, in points (1/72 inch) */
    : g_strdup_printf (_("The drawing will be %d × %d points"), width, height);

  gtk_label_set_text (self->size_label, text);
  /* A drawing of vectors is sharp at any size: no scale. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_dropdown), pixels);
}

/* A timeline zoomed in: its range is offered (the first choice) beside all
 * events. */
static void
update_range (FvExportDialog *self)
{
  FvChartTime time;
  gboolean zoomed = get_time (self, &time);

  gtk_widget_set_visible (GTK_WIDGET (self->range_dropdown), zoomed);
  gtk_widget_set_visible (self->range_dropdown_label, zoomed);
  update_size_label (self);
}

static void
set_exporting (FvExportDialog *self,
               gboolean        exporting)
{
  GtkWidget *form[] = {
    GTK_WIDGET (self->chart_dropdown), GTK_WIDGET (self->format_dropdown),
    GTK_WIDGET (self->width_spin), GTK_WIDGET (self->height_spin),
    GTK_WIDGET (self->fit_check), GTK_WIDGET (self->range_dropdown), self->export_button,
  };

  for (guint i = 0; i < G_N_ELEMENTS (form); i++)
    gtk_widget_set_sensitive (form[i], !exporting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scale_dropdown),
                            !exporting && get_format (self) == FV_CHART_FORMAT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), exporting);
  if (exporting)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _("Starting…"));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
    }
}

static gboolean
update_progress (gpointer user_data)
{
  FvExportDialog *self = user_data;
  g_autofree char *text = NULL;

  switch (fv_chart_export_progress_get_phase (self->progress))
    {
    case FV_CHART_EXPORT_PHASE_WAITING:
      return G_SOURCE_CONTINUE;

    case FV_CHART_EXPORT_PHASE_DRAWING:
      text = g_strdup (_("Drawing the chart…"));
      break;

    case FV_CHART_EXPORT_PHASE_WRITING:
    case FV_CHART_EXPORT_PHASE_DONE:
      {
        g_autofree char *size = g_format_size (fv_chart_export_progress_get_written (self->progress));

        /* translators: %s is an amount of data, such as “12.3 MB” */
        text = g_strdup_printf (_("Writing the image… %s"), size);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  /* How long compressing takes is not known beforehand: a bar that moves
   * says that the work goes on, the text says which part of it. */
  gtk_progress_bar_pulse (self->progress_bar);
  gtk_progress_bar_set_text (self->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FvExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean written = fv_chart_export_finish (result, &error);

  g_autoptr(GFile) target = g_steal_pointer (&self->target);

  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->progress, fv_chart_export_progress_unref);

  /* Closed meanwhile: the export was cancelled and there is no one to tell. */
  if (self->session == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  set_exporting (self, FALSE);
  if (written)
    {
      g_signal_emit (self, signals[EXPORTED], 0, target);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  /* Cancelled on purpose: the form is back, nothing to say. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * fv_export_dialog_start_export:
 *
 * Starts writing the chosen chart, size and scale to @file in a worker;
 * what the file chooser's answer calls, and tests too. The dialog closes
 * itself once the file is in place, or shows why not.
 */
void
fv_export_dialog_start_export (FvExportDialog *self,
                               GFile          *file)
{
  g_autofree char *path = NULL;
  FvChartStyle style;

  g_return_if_fail (FV_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      gtk_label_set_text (self->error_label, _("Charts can be saved to local folders only"));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  /* Exported charts go into slides and articles: the light style, whatever
   * the desktop's. */
  fv_chart_style_init (&style, FALSE);

  self->target = g_object_ref (file);
  self->cancellable = g_cancellable_new ();
  self->progress = fv_chart_export_progress_new ();
  set_exporting (self, TRUE);
  self->progress_id = g_timeout_add (100, update_progress, self);
  {
    FvChartTime time;

    get_export_time (self, &time);
    fv_chart_export_async (fv_session_get_model (self->session), get_chart (self),
                           get_format (self),
                           gtk_spin_button_get_value_as_int (self->width_spin),
                           get_height (self), get_scale (self), &style, fv_session_get_languages (self->session),
                           &time, path, self->progress, self->cancellable, on_export_done,
                           g_object_ref (self));
  }
}

static void
on_chooser_response (FvExportDialog *self,
                     int             response,
                     GtkNativeDialog *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  fv_export_dialog_start_export (self, file);
}

static void
on_export_clicked (FvExportDialog *self)
{
  const FvChart *chart = get_chart (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (chart == NULL)
    return;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  {
    static const struct { const char *name, *mime, *extension; } formats[] = {
      { N_("PNG images"), "image/png", ".png" },
      { N_("SVG drawings"), "image/svg+xml", ".svg" },
      { N_("PDF documents"), "application/pdf", ".pdf" },
    };
    FvChartFormat format = get_format (self);

    gtk_file_filter_set_name (filter, _(formats[format].name));
    gtk_file_filter_add_mime_type (filter, formats[format].mime);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    name = g_strconcat (chart->id, formats[format].extension, NULL);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Cancel stops a running export and leaves the dialog open to try another
 * size; with nothing running, it closes the dialog. */
static void
on_cancel_clicked (FvExportDialog *self)
{
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* A dialog closed (or destroyed while someone holds it) takes its export
 * with it: the worker stops at its next step and leaves no file. */
static void
fv_export_dialog_unmap (GtkWidget *widget)
{
  FvExportDialog *self = FV_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  GTK_WIDGET_CLASS (fv_export_dialog_parent_class)->unmap (widget);
}

static void
fv_export_dialog_dispose (GObject *object)
{
  FvExportDialog *self = (FvExportDialog *)object;

  /* The worker finishes on its own, leaving no file; on_export_done holds
   * a reference and finds the dialog closed. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->chooser);
  g_clear_object (&self->target);
  g_clear_object (&self->session);
  g_clear_pointer (&self->charts, g_ptr_array_unref);

  G_OBJECT_CLASS (fv_export_dialog_parent_class)->dispose (object);
}

static void
fv_export_dialog_class_init (FvExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_export_dialog_dispose;
  widget_class->unmap = fv_export_dialog_unmap;

  /**
   * FvExportDialog::exported:
   * @file: the file written
   *
   * The chart is in @file; the dialog closes next.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fv-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, fit_check);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, scale_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, range_dropdown_label);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, size_label);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, FvExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fv_export_dialog_init (FvExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->width_spin, "value-changed", G_CALLBACK (update_size_label), self);
  g_signal_connect_swapped (self->height_spin, "value-changed", G_CALLBACK (update_size_label),
                            self);
  g_signal_connect_swapped (self->scale_dropdown, "notify::selected",
                            G_CALLBACK (update_size_label), self);
  g_signal_connect_swapped (self->format_dropdown, "notify::selected",
                            G_CALLBACK (update_size_label), self);
  g_signal_connect_swapped (self->fit_check, "toggled", G_CALLBACK (update_size_label), self);
  g_signal_connect_swapped (self->range_dropdown, "notify::selected",
                            G_CALLBACK (update_size_label), self);
  update_size_label (self);
}

/**
 * fv_export_dialog_new:
 * @session: the model and the language its charts are drawn in
 * @chart: (nullable): the chart chosen first
 */
FvExportDialog *
fv_export_dialog_new (GtkWindow     *parent,
                      FvSession     *session,
                      const FvChart *chart)
{
  FvExportDialog *self;
  GtkStringList *titles;
  FvModel *model;
  guint selected = 0;

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (fv_session_get_model (session) != NULL, NULL);

  model = fv_session_get_model (session);
  self = g_object_new (FV_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->charts = g_ptr_array_new ();

  titles = gtk_string_list_new (NULL);
  for (guint i = 0; i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *c = fv_model_get_chart (model, i);

      if (c == chart)
        selected = i;
      g_ptr_array_add (self->charts, (gpointer) c);
      gtk_string_list_append (titles, fv_session_text (session, &c->title));
    }
  gtk_drop_down_set_model (self->chart_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->chart_dropdown, selected);
  g_object_unref (titles);
  update_range (self);
  g_signal_connect_object (self->chart_dropdown, "notify::selected", G_CALLBACK (update_range),
                           self, G_CONNECT_SWAPPED);

  return self;
}
