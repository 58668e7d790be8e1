/* fv-window-share.c — what leaves the window: export, copy, print, the fact sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Chart opens the export dialog on the current chart; Copy Chart
 * puts it on the clipboard, as an image and as its alternative text;
 * Print (Ctrl+P) prints it, or the fact sheet,
 * chosen in a tab of GTK's print dialog; Fact Sheet… writes the whole
 * story as a PDF in which every fact keeps its sources. The chart is the
 * session's current one, shown as its state in the session says. The drawing is the charts layer's (fv-fact-sheet.c), the same
 * that the command line's --export-sheet writes without a display.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-view.h"
#include "fv-export-dialog.h"
#include "fv-fact-sheet.h"
#include "fv-window-private.h"

/* ---- Export and copy -------------------------------------------------- */

static void
on_chart_exported (FvWindow *self,
                   GFile    *file)
{
  fv_window_show_exported (self, file, NULL);
}

/* The dialog offers the time the chart is zoomed to, from its state. */
static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const FvChart *chart = fv_window_get_current_chart (self);
  FvExportDialog *dialog;

  /* The action is enabled only when the model has a chart. */
  g_return_if_fail (chart != NULL);

  dialog = fv_export_dialog_new (GTK_WINDOW (self), self->session, chart);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_chart_exported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static FvChartView *
find_chart_view (GtkWidget     *widget,
                 const FvChart *chart)
{
  if (FV_IS_CHART_VIEW (widget))
    return fv_chart_view_get_chart (FV_CHART_VIEW (widget)) == chart ? FV_CHART_VIEW (widget)
                                                                     : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      FvChartView *found = find_chart_view (child, chart);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Copy Chart: the current chart on the clipboard, as an image at twice the
 * size it has on screen, which only its view knows. */
static void
copy_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const FvChart *chart = fv_window_get_current_chart (self);
  FvChartView *view = chart != NULL ? find_chart_view (adw_view_stack_get_visible_child (self->stack),
                                                       chart)
                                    : NULL;

  if (view != NULL)
    {
      fv_chart_view_copy (view);
      fv_window_notify (self, _("Chart copied"));
    }
}

/* ---- Print ------------------------------------------------------------ */

#define PRINT_MARGIN 36.0  /* points around a chart printed alone */

/* What the print dialog's own tab offers, the person choosing there. */
typedef enum
{
  PRINT_CHART,  /* the chart shown, as it is zoomed */
  PRINT_SHEET,  /* the fact sheet */
} PrintWhat;

typedef struct
{
  FvModel        *model;
  const FvChart  *chart;      /* the chart shown, or NULL */
  char          **languages;
  FvChartTime     time;
  PrintWhat       what;
  GtkWidget      *sheet_button;  /* in the dialog's tab, while it is shown */
  FvFactSheet    *sheet;      /* laid out, when the fact sheet is printed */
} PrintJob;

static void
print_job_free (gpointer  data,
                GClosure *closure)
{
  PrintJob *job = data;

  g_object_unref (job->model);
  g_strfreev (job->languages);
  g_clear_pointer (&job->sheet, fv_fact_sheet_free);
  g_free (job);
}

/* The print dialog's own tab: the chart shown, or the fact sheet. */
static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *chart = NULL;
  GtkWidget *sheet;
  g_autofree char *chart_label = NULL;

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  if (job->chart != NULL)
    {
      /* translators: in the print dialog: print the chart shown, "%s" its title */
      chart_label = g_strdup_printf (_("The chart “%s”"),
                                     fv_model_text (job->model, &job->chart->title,
                                                    (const char * const *) job->languages));
      chart = gtk_check_button_new_with_label (chart_label);
      gtk_box_append (GTK_BOX (box), chart);
    }
  sheet = gtk_check_button_new_with_label (_("The fact sheet: every fact of the story, with "
                                             "its sources"));
  if (chart != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (sheet), GTK_CHECK_BUTTON (chart));
  gtk_box_append (GTK_BOX (box), sheet);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->what == PRINT_SHEET ||
                                                 chart == NULL ? sheet : chart), TRUE);
  job->sheet_button = sheet;

  return G_OBJECT (box);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  job->what = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->sheet_button))
              ? PRINT_SHEET : PRINT_CHART;
  job->sheet_button = NULL;
}

/* The fact sheet is laid out for the paper chosen, with the print job's
 * own text measures; a chart takes one page. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  PangoContext *pango;

  if (job->what != PRINT_SHEET)
    {
      gtk_print_operation_set_n_pages (operation, 1);
      return;
    }

  pango = gtk_print_context_create_pango_context (context);
  job->sheet = fv_fact_sheet_new (job->model, (const char * const *) job->languages);
  gtk_print_operation_set_n_pages (operation,
                                   fv_fact_sheet_paginate (job->sheet, pango,
                                                           gtk_print_context_get_width (context),
                                                           gtk_print_context_get_height (context)));
  g_object_unref (pango);
}

/* A chart as wide as the page inside its margins, 16 by 9, at the top:
 * drawn afresh, in vectors, as export draws it. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context) - 2 * PRINT_MARGIN;
  double height = MIN (gtk_print_context_get_height (context) - 2 * PRINT_MARGIN, width * 9 / 16);
  FvChartState state = { (const char * const *) job->languages, NULL, NULL, NULL,
                         job->time.from_day, job->time.to_day, job->time.linear_axis };
  FvChartStyle style;

  if (job->sheet != NULL)
    {
      fv_fact_sheet_draw_page (job->sheet, cr, page);
      return;
    }

  fv_chart_style_init (&style, FALSE);
  cairo_translate (cr, PRINT_MARGIN, PRINT_MARGIN);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  fv_chart_draw (cr, job->model, job->chart, width, height, &style, &state);
}

/* Prints the current chart, as it is zoomed, or the fact sheet, through
 * GTK's print dialog (with its preview): the chart is offered first in the
 * dialog's own tab, the fact sheet when the model has no chart. */
static gboolean
print_with_dialog (FvWindow  *self,
                   GError   **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  const FvChart *chart = fv_window_get_current_chart (self);
  PrintJob *job;
  GtkPrintOperationResult result;

  job = g_new0 (PrintJob, 1);
  job->model = g_object_ref (fv_session_get_model (self->session));
  job->languages = g_strdupv ((char **) fv_session_get_languages (self->session));
  job->what = chart != NULL ? PRINT_CHART : PRINT_SHEET;
  if (chart != NULL)
    {
      job->chart = chart;
      fv_chart_view_state_get_time (fv_session_get_chart_state (self->session, chart->id),
                                    &job->time);
    }

  operation = gtk_print_operation_new ();
  /* The page whole, in points: the fact sheet keeps its own margins. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation,
                                    fv_model_text (job->model,
                                                   job->what == PRINT_CHART
                                                   ? &job->chart->title
                                                   : fv_model_get_title (job->model),
                                                   (const char * const *) job->languages));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* translators: the print dialog's tab where one chooses what to print */
  gtk_print_operation_set_custom_tab_label (operation, _("What to Print"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page), job,
                         print_job_free, 0);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!print_with_dialog (FV_WINDOW (widget), &error))
    fv_window_show_problems (FV_WINDOW (widget), error->message);
}

/* ---- The fact sheet --------------------------------------------------- */

/* The paper of the desktop's locale, as GTK's print dialog takes it. */
static FvPaper
default_paper (void)
{
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (NULL);

  return g_str_equal (gtk_paper_size_get_name (size), GTK_PAPER_NAME_LETTER) ? FV_PAPER_LETTER
                                                                            : FV_PAPER_A4;
}

/* The file the fact sheet is being written to, for the window that waits
 * for it (weakly: it may close meanwhile). */
typedef struct
{
  GWeakRef  window;
  GFile    *file;
} SheetExport;

static void
on_sheet_exported (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SheetExport *export = user_data;
  g_autoptr(FvWindow) self = g_weak_ref_get (&export->window);
  g_autoptr(GError) error = NULL;
  gboolean written = fv_fact_sheet_export_finish (result, &error);

  if (self != NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-sheet", TRUE);
      if (!written)
        fv_window_show_problems (self, error->message);
      else
        /* translators: after the fact sheet is written; %s is the file's name */
        fv_window_show_exported (self, export->file, _("Fact sheet saved as “%s”"));
    }
  g_weak_ref_clear (&export->window);
  g_object_unref (export->file);
  g_free (export);
}

/* Writes the fact sheet of the model shown, in the content language shown,
 * on the locale's paper, in a worker; the window answers meanwhile, and
 * says where the file went once it is there. */
static void
export_sheet (FvWindow *self,
              GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  SheetExport *export;

  if (path == NULL)
    {
      fv_window_show_problems (self, _("A fact sheet can be saved to a local folder only"));
      return;
    }

  export = g_new0 (SheetExport, 1);
  g_weak_ref_init (&export->window, self);
  export->file = g_object_ref (file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-sheet", FALSE);
  /* With a line under each source whose quotations were checked. */
  fv_fact_sheet_export_with_texts_async (fv_session_get_model (self->session),
                                         fv_session_get_languages (self->session),
                                         fv_session_get_source_texts (self->session),
                                         default_paper (), path, NULL, on_sheet_exported, export);
}

static void
on_sheet_chosen (GtkNativeDialog *chooser,
                 int              response,
                 FvWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        export_sheet (self, file);
    }
  g_object_unref (chooser);
}

/* Fact Sheet…: where to save it, named after the story. */
static void
export_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Fact Sheet"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* A name a file system takes: no folder separators from the title. */
  title = g_strdup (fv_session_text (self->session,
                                     fv_model_get_title (fv_session_get_model (self->session))));
  g_strdelimit (title, "/\\:", '-');
  /* translators: the file name a fact sheet is offered; %s is the story's title */
  name = g_strdup_printf (_("%s — fact sheet.pdf"), title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_sheet_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
fv_window_class_install_share_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_action);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, copy_chart_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-sheet", NULL, export_sheet_action);
}
