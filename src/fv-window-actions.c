/* fv-window-actions.c — what the window's buttons, menu and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every button and menu item is one of these actions, so a shortcut, a
 * click and a test all reach the same code; and opening a file, which
 * loads it off the main thread.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-table.h"
#include "fv-chart-view.h"
#include "fv-export-dialog.h"
#include "fv-format.h"
#include "fv-window-private.h"

typedef struct
{
  GWeakRef  window;  /* a load does not keep a closed window alive */
  GFile    *file;
} Loading;

static void
show_loading (FvWindow *self,
              GFile    *file)
{
  gtk_widget_set_visible (GTK_WIDGET (self->load_spinner), file != NULL);
  gtk_spinner_set_spinning (self->load_spinner, file != NULL);
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* translators: the tooltip of the spinner while a file loads */
      g_autofree char *tooltip = g_strdup_printf (_("Loading “%s”…"), name);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->load_spinner), tooltip);
    }
}

/* The first problems of a file, one a line: a label of a thousand lines
 * would take the window seconds to lay out (and make it taller than the
 * screen). */
#define PROBLEMS_SHOWN 12

static char *
problems_shown (const char *problems)
{
  g_auto(GStrv) lines = g_strsplit (problems, "\n", -1);
  guint n = g_strv_length (lines);
  g_autofree char *more = NULL;

  if (n <= PROBLEMS_SHOWN)
    return g_strdup (problems);

  /* translators: under the first problems of a file that did not open */
  more = g_strdup_printf (ngettext ("… and %u more line", "… and %u more lines",
                                    n - PROBLEMS_SHOWN), n - PROBLEMS_SHOWN);
  g_free (lines[PROBLEMS_SHOWN]);
  lines[PROBLEMS_SHOWN] = g_steal_pointer (&more);
  for (guint i = PROBLEMS_SHOWN + 1; i < n; i++)
    g_clear_pointer (&lines[i], g_free);

  return g_strjoinv ("\n", lines);
}

#define FACT_MODEL_TYPE "application/x-fact-model+json"

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  /* (transfer none) */
  GDateTime *x = gtk_recent_info_get_modified (a);
  GDateTime *y = gtk_recent_info_get_modified (b);

  return -g_date_time_compare (x, y);
}
#define RECENT_MAX 10

/* A model opened is a model the reader may want again: GTK's recent files,
 * which file choosers and the desktop show too. */
static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) FACT_MODEL_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "fact-viewer %f",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/**
 * fv_window_update_recent_menu:
 *
 * Fills Open Recent with the last fact models opened (ten at most): each
 * by its name, with its folder.
 */
void
fv_window_update_recent_menu (FvWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  /* Newest first. */
  items = g_list_sort (items, (GCompareFunc) compare_recent);
  for (GList *l = items; l != NULL && n < RECENT_MAX; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) folder = NULL;
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), FACT_MODEL_TYPE) != 0)
        continue;
      file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      folder = g_file_get_parent (file);
      name = g_file_get_basename (file);
      where = folder != NULL ? g_file_get_parse_name (folder) : g_strdup ("");
      {
        g_autofree char *shown_name = g_filename_display_name (name);
        g_autofree char *clipped = fv_text_clip (shown_name, 60);

        /* translators: an item of Open Recent: a file's name, then its folder */
        label = g_strdup_printf (_("%s — %s"), clipped, where);
      }
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (n == 0)
    g_menu_append (self->recent_menu, _("No Recent Models"), "win.no-recent");
}

/* A file gone from where it was: taken out of the list, and said so in the
 * window, not in a dialog. */
static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* translators: after choosing a file of Open Recent that is no more */
      g_autofree char *message = g_strdup_printf (_("“%s” is no longer there; it is taken out "
                                                    "of Open Recent"), name);

      gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
      fv_window_show_problems (self, message);
      return;
    }

  fv_window_load_file (self, file);
}

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Loading *loading = user_data;
  g_autoptr(FvWindow) self = g_weak_ref_get (&loading->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file_finish (result, NULL, &error);

  /* A load that another Open replaced, or a window that closed: nothing
   * to show. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;

  g_clear_object (&self->loading);
  show_loading (self, NULL);

  if (model != NULL)
    {
      fv_window_set_model_from_file (self, model, loading->file);
      add_recent (loading->file);
    }
  else
    {
      g_autofree char *name = g_file_get_parse_name (loading->file);
      g_autofree char *shown = problems_shown (error->message);
      gboolean more = !g_str_equal (shown, error->message);

      /* The whole list, on demand: in a list view, which lays out only
       * the rows on screen. */
      g_free (self->problems);
      self->problems = g_strdup (error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", more);
      gtk_widget_set_visible (self->show_problems_button, more);
      /* translators: the heading of the problems of a file that did not open */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened:\n%s"), name, shown);

      fv_window_show_problems (self, message);
    }

out:
  g_weak_ref_clear (&loading->window);
  g_object_unref (loading->file);
  g_free (loading);
}

/**
 * fv_window_load_file:
 *
 * Loads @file off the main thread, showing that it does, and shows it (or
 * its problems, above the model that stays) when done; the window stays
 * responsive meanwhile. A second load cancels the first.
 */
void
fv_window_load_file (FvWindow *self,
                     GFile    *file)
{
  Loading *loading;

  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  show_loading (self, file);

  loading = g_new0 (Loading, 1);
  g_weak_ref_init (&loading->window, self);
  loading->file = g_object_ref (file);
  fv_model_new_from_file_async (file, self->loading, on_file_loaded, loading);
}

/**
 * fv_window_open_files:
 * @files: (element-type GFile): files dropped on the window, or chosen
 *
 * The first file in this window, each other in a window of its own (as
 * the application opens several). Any file: the loader judges it.
 */
void
fv_window_open_files (FvWindow *self,
                      GSList   *files)
{
  GtkApplication *app;
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  g_return_if_fail (FV_IS_WINDOW (self));

  if (files == NULL)
    return;
  fv_window_load_file (self, files->data);

  for (GSList *l = files->next; l != NULL; l = l->next)
    g_ptr_array_add (others, l->data);
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (others->len > 0 && app != NULL)
    g_application_open (G_APPLICATION (app), (GFile **) others->pdata, others->len, "");
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         FvWindow      *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  {
    /* A new list of the file list's files (transfer container). */
    GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

    fv_window_open_files (self, files);
    g_slist_free (files);
  }
  return TRUE;
}

/* Files dropped from a file manager open, the window highlighted while
 * they are over it (GTK's :drop(active), styled in style.css). */
void
fv_window_setup_drop (FvWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* ---- Live reload -------------------------------------------------------- */

/* Editors save in bursts (write, then rename over; delete, then create
 * again): one reload when the events have been quiet this long. */
#define RELOAD_SETTLE_MS 150

static gboolean
on_reload_timeout (gpointer user_data)
{
  FvWindow *self = user_data;

  self->reload_id = 0;
  if (self->file != NULL)
    fv_window_load_file (self, self->file);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 FvWindow          *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      g_clear_handle_id (&self->reload_id, g_source_remove);
      self->reload_id = g_timeout_add (RELOAD_SETTLE_MS, on_reload_timeout, self);
      break;
    default:
      break;
    }
}

/**
 * fv_window_watch_file:
 *
 * Follows the window's file as an editor saves it, while the setting
 * "reload-when-changed" is on (the built-in model is not watched).
 */
void
fv_window_watch_file (FvWindow *self)
{
  gboolean wanted = self->file != NULL &&
                    (self->settings == NULL ||
                     g_settings_get_boolean (self->settings, "reload-when-changed"));

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (!wanted)
    return;

  /* WATCH_MOVES: a save by rename is a rename onto the file, not its
   * deletion. */
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor == NULL)
    return;
  g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

/* F5, Ctrl+R: read the file again now. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);

  if (self->file != NULL)
    fv_window_load_file (self, self->file);
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  FvWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      fv_window_load_file (self, file);
    }

  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *json = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Fact Model"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  gtk_file_filter_set_name (json, _("Fact models (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), json);
  g_object_unref (json);
  g_object_unref (all);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
collect_panels (GtkWidget *widget,
                GPtrArray *panels)
{
  if (FV_IS_CHART_PANEL (widget))
    {
      g_ptr_array_add (panels, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_panels (child, panels);
}

static void
on_chart_exported (FvWindow *self,
                   GFile    *file)
{
  fv_window_show_exported (self, file, NULL);
}

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
  /* A timeline zoomed in: its range is offered first. */
  {
    g_autoptr(GPtrArray) panels = g_ptr_array_new ();

    collect_panels (gtk_stack_get_visible_child (self->stack), panels);
    for (guint i = 0; i < panels->len; i++)
      {
        FvChartView *view = FV_CHART_VIEW (fv_chart_panel_get_chart_view (panels->pdata[i]));
        FvChartTime time;

        if (fv_chart_view_get_chart (view) == chart)
          {
            fv_chart_view_get_time (view, &time);
            fv_export_dialog_set_time (dialog, &time);
          }
      }
  }
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_chart_exported), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
setup_problem_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "monospace");
  gtk_list_item_set_child (item, label);
}

static void
bind_problem_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
copy_problems (GtkButton  *button,
               const char *problems)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), problems);
}

/* Ctrl+C on a row: that problem, as one line. */
static gboolean
on_problem_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkSingleSelection    *selection)
{
  GtkStringObject *row;

  if (!(state & GDK_CONTROL_MASK) || (keyval != GDK_KEY_c && keyval != GDK_KEY_C))
    return FALSE;
  row = gtk_single_selection_get_selected_item (selection);
  if (row == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (gtk_event_controller_get_widget (
                            GTK_EVENT_CONTROLLER (controller))),
                          gtk_string_object_get_string (row));
  return TRUE;
}

/* Every problem of the last file that did not open, one a row, in the
 * FILE:LINE:COLUMN: $.path: message form editors read; Copy All puts them
 * on the clipboard. */
static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GtkStringList) rows = NULL;
  GtkListItemFactory *factory;
  GtkWidget *window, *header, *copy, *scrolled, *list;

  if (self->problems == NULL)
    return;

  lines = g_strsplit (self->problems, "\n", -1);
  rows = gtk_string_list_new ((const char * const *) lines);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_problem_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_problem_row), NULL);
  {
    GtkSingleSelection *selection = gtk_single_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_single_selection_set_autoselect (selection, FALSE);
    gtk_single_selection_set_can_unselect (selection, TRUE);
    gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
    list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
    /* Each row copyable: select it, Ctrl+C. */
    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_problem_key), selection);
    gtk_widget_add_controller (list, keys);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Problems"), -1);

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Problems"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 560);
  header = gtk_header_bar_new ();
  copy = gtk_button_new_with_mnemonic (_("_Copy All"));
  gtk_widget_set_tooltip_text (copy, _("Copy every problem, one a line, as editors read them"));
  g_signal_connect_data (copy, "clicked", G_CALLBACK (copy_problems),
                         g_strdup (self->problems), (GClosureNotify) G_CALLBACK (g_free), 0);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), copy);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* Escape goes back there, even when the bar was open already. */
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
    g_set_weak_pointer (&self->focus_before_search, focus);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_tab_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, name);

  /* The focus goes with the tab: Alt+2 then the arrows move in the case,
   * not in the tab left behind. */
  if (page != NULL && gtk_stack_page_get_visible (gtk_stack_get_page (self->stack, page)))
    {
      gtk_stack_set_visible_child (self->stack, page);
      gtk_widget_grab_focus (page);
    }
}

/* Built when first asked for, not with every window (as GtkApplication does
 * with gtk/help-overlay.ui): a window opens faster without it. It is the
 * window's help overlay, not merely a window on top of it: only then does
 * it find the keys that the application gives to each action by name. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = NULL;

      builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/fv-shortcuts-window.ui");
      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

/* The chart the export, copy and print act on: the current one, as it is
 * shown. */
FvChartView *
fv_window_get_current_chart_view (FvWindow *self)
{
  const FvChart *chart = fv_window_get_current_chart (self);
  g_autoptr(GPtrArray) panels = g_ptr_array_new ();

  collect_panels (gtk_stack_get_visible_child (self->stack), panels);
  for (guint i = 0; i < panels->len; i++)
    {
      FvChartView *view = FV_CHART_VIEW (fv_chart_panel_get_chart_view (panels->pdata[i]));

      if (fv_chart_view_get_chart (view) == chart)
        return view;
    }
  return NULL;
}

/* Ctrl+T: the charts of the tab shown as tables, or back as charts. */
static void
toggle_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  g_autoptr(GPtrArray) panels = g_ptr_array_new ();
  gboolean any_chart = FALSE;

  collect_panels (gtk_stack_get_visible_child (self->stack), panels);
  for (guint i = 0; i < panels->len; i++)
    any_chart |= !fv_chart_panel_get_table_shown (panels->pdata[i]);
  for (guint i = 0; i < panels->len; i++)
    fv_chart_panel_set_table_shown (panels->pdata[i], any_chart);
}

void
fv_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.toggle-table", NULL, toggle_table_action);
  fv_window_class_install_share_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_action);
}
