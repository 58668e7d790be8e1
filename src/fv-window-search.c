/* fv-window-search.c — the search bar: what is searched, what it found, the focus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text typed is the session's search; the pages show what it finds,
 * the bar counts it, and each tab's button says how many of its facts
 * it found (libadwaita's badge). Escape closes the bar and gives the focus back where
 * the reader was.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-model-search.h"
#include "fv-window-private.h"

/* What a tab's button says of a search, to the eye and to a screen
 * reader (which does not read the badge as part of the button's name). */
static void
set_tab_count (FvWindow         *self,
               AdwViewStackPage *page,
               FvTab             tab,
               gboolean          searching,
               guint             n)
{
  g_autoptr(GPtrArray) buttons = fv_window_get_tab_buttons (self, tab);

  adw_view_stack_page_set_badge_number (page, searching ? n : 0);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkAccessible *button = g_ptr_array_index (buttons, i);

      if (searching)
        {
          /* translators: what a tab's button tells a screen reader during a
           * search: how many of the tab's facts it found */
          g_autofree char *found = g_strdup_printf (ngettext ("%u found", "%u found", n), n);

          gtk_accessible_update_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, found, -1);
        }
      else
        gtk_accessible_reset_property (button, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* Each tab's count on its button, while there is a search: 0 shows no
 * badge, and the tab itself then says that nothing matched. */
static void
update_tab_badges (FvWindow   *self,
                   GHashTable *events,
                   GHashTable *statements)
{
  gboolean searching = events != NULL && statements != NULL;
  FvModel *model = fv_session_get_model (self->session);
  const FvCase *c = model != NULL ? fv_model_get_tab_case (model) : NULL;

  set_tab_count (self, self->timeline_stack_page, FV_TAB_TIMELINE, searching,
                 searching ? g_hash_table_size (events) : 0);
  set_tab_count (self, self->case_stack_page, FV_TAB_CASE, searching,
                 searching && c != NULL ? fv_case_count_found (c, events, statements) : 0);
  set_tab_count (self, self->statements_stack_page, FV_TAB_STATEMENTS, searching,
                 searching ? g_hash_table_size (statements) : 0);
}

static void
on_matches_changed (FvWindow *self)
{
  GHashTable *events = fv_session_get_event_matches (self->session);
  GHashTable *statements = fv_session_get_statement_matches (self->session);
  g_autofree char *label = NULL;

  if (events != NULL)
    {
      guint n_events = g_hash_table_size (events);
      guint n_statements = g_hash_table_size (statements);
      g_autofree char *e = g_strdup_printf (ngettext ("%u event", "%u events", n_events),
                                            n_events);
      g_autofree char *s = g_strdup_printf (ngettext ("%u statement", "%u statements",
                                                      n_statements), n_statements);

      /* translators: the search's result: "3 events and 2 statements match"; the
       * two parts are "%u event(s)" and "%u statement(s)" */
      label = g_strdup_printf (_("%s and %s match"), e, s);
    }

  gtk_label_set_text (self->match_label, label != NULL ? label : "");
  update_tab_badges (self, events, statements);
}

static void
on_search_changed (FvWindow *self)
{
  fv_session_set_search_text (self->session,
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search (FvWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* The search bar gives the focus back where it found it: Escape leaves
 * the reader in the list (or chart) they searched from. */
static void
on_search_mode_changed (FvWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
        g_set_weak_pointer (&self->focus_before_search, focus);
    }
  else
    {
      GtkWidget *back = self->focus_before_search;

      g_clear_weak_pointer (&self->focus_before_search);
      if (back == NULL || !gtk_widget_get_mapped (back) || !gtk_widget_grab_focus (back))
        gtk_widget_grab_focus (adw_view_stack_get_visible_child (self->stack));
    }
}

/* Down from the search field goes to the results: the first of them, in
 * the tab shown. */
static gboolean
on_search_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       FvWindow              *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  fv_page_focus_first (FV_PAGE (adw_view_stack_get_visible_child (self->stack)));
  return TRUE;
}

/* Ctrl+F. */
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

void
fv_window_class_bind_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
}

/* Typing anywhere in the window starts a search; Down in the field goes
 * to what it found. */
void
fv_window_setup_search (FvWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect_object (self->session, "notify::event-matches",
                           G_CALLBACK (on_matches_changed), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}
