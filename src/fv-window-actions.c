/* fv-window-actions.c — what the window's buttons, menu and shortcuts do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every button and menu item is an action, so a shortcut, a click and a
 * test all reach the same code. The actions of a job of their own are in
 * its file (files, reload, search, share); this installs them all, and
 * holds the rest: the tabs, the shortcuts window, tables, problems.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-window-private.h"

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
show_tab_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  GtkWidget *page = adw_view_stack_get_child_by_name (self->stack, name);

  /* The focus goes with the tab: Alt+2 then the arrows move in the case,
   * not in the tab left behind. */
  if (page != NULL && adw_view_stack_page_get_visible (adw_view_stack_get_page (self->stack, page)))
    {
      adw_view_stack_set_visible_child (self->stack, page);
      gtk_widget_grab_focus (page);
    }
}

/* Alt+Up, Alt+Down: the event before or after the one selected, in the
 * order of their dates; the list and every timeline follow the session's
 * selection. Without one, the first (or the last). */
static void
step_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  FvModel *model = fv_session_get_model (self->session);
  const char *selected = fv_session_get_selected_id (self->session);
  gboolean forward = g_str_equal (action_name, "win.next-event");
  guint n = model != NULL ? fv_model_get_n_events (model) : 0;
  guint i = n;
  guint next;

  if (n == 0)
    return;

  for (guint j = 0; selected != NULL && j < n; j++)
    if (g_str_equal (fv_model_get_event (model, j)->id, selected))
      {
        i = j;
        break;
      }

  if (i == n)
    next = forward ? 0 : n - 1;
  else
    next = forward ? MIN (i + 1, n - 1) : (i > 0 ? i - 1 : 0);
  fv_session_set_selected_id (self->session, fv_model_get_event (model, next)->id);
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

/* Ctrl+T: the charts of the tab shown as tables, or back as charts: tables
 * unless every one of them is one already. */
static void
toggle_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  FvModel *model = fv_session_get_model (self->session);
  g_autoptr(GPtrArray) states = g_ptr_array_new ();
  gboolean any_chart = FALSE;

  for (guint i = 0; model != NULL && i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *chart = fv_model_get_chart (model, i);

      if (chart->tab == fv_window_get_visible_tab (self))
        g_ptr_array_add (states, fv_session_get_chart_state (self->session, chart->id));
    }
  for (guint i = 0; i < states->len; i++)
    any_chart |= !fv_chart_view_state_get_table_shown (states->pdata[i]);
  for (guint i = 0; i < states->len; i++)
    fv_chart_view_state_set_table_shown (states->pdata[i], any_chart);
}

void
fv_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.toggle-table", NULL, toggle_table_action);
  fv_window_class_install_share_actions (widget_class);
  fv_window_class_install_data_actions (widget_class);
  fv_window_class_install_file_actions (widget_class);
  fv_window_class_install_reload_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.show-tab", "s", show_tab_action);
  gtk_widget_class_install_action (widget_class, "win.previous-event", NULL, step_event_action);
  gtk_widget_class_install_action (widget_class, "win.next-event", NULL, step_event_action);
}
