/* fv-window.c — the main window: the story's facts in three tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window coordinates: the header bar's titles, the tabs, the problems
 * of a file that did not open, and which chart is current. Each tab is a
 * page of its own (src/widgets/); what they share — the model, its
 * language, the search, the selection, how each chart is viewed — is the
 * session's. A model that fails to load never reaches the session, so what
 * is on screen stays. The window's other jobs have a file each
 * (fv-window-private.h lists them).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-case-page.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-statements-page.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"
#include "fv-window-private.h"

G_DEFINE_FINAL_TYPE (FvWindow, fv_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- What the header bar says ------------------------------------------- */

/* The menus are made when first opened: a popover menu is some thirty
 * widgets that startup need not make. */
static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  FvWindow *self = user_data;
  GMenuModel *menu = button == self->language_button ? self->language_menu : self->primary_menu;

  if (button == self->menu_button)
    fv_window_update_recent_menu (self);
  if (gtk_menu_button_get_menu_model (button) != menu)
    gtk_menu_button_set_menu_model (button, menu);
}

/* The buttons of the view switchers under @widget, one a page in the
 * pages' order (libadwaita makes a button for every page, and hides those
 * of the pages not shown). */
static void
collect_tab_buttons (GtkWidget *widget,
                     GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        g_ptr_array_add (buttons, child);
      else
        collect_tab_buttons (child, buttons);
    }
}

/**
 * fv_window_get_tab_buttons:
 *
 * Returns: (transfer container): the buttons of @tab, in the header
 *   bar's switchers and in the bottom bar's (each made by libadwaita)
 */
GPtrArray *
fv_window_get_tab_buttons (FvWindow *self,
                           FvTab     tab)
{
  GPtrArray *found = g_ptr_array_new ();
  GtkWidget *switchers[] = { GTK_WIDGET (self->switcher_title), GTK_WIDGET (self->switcher_bar) };

  for (guint i = 0; i < G_N_ELEMENTS (switchers); i++)
    {
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

      /* (The header bar's has a switcher for wide and one for narrow.) */
      collect_tab_buttons (switchers[i], buttons);
      for (guint b = tab; b < buttons->len; b += FV_N_TABS)
        g_ptr_array_add (found, g_ptr_array_index (buttons, b));
    }

  return found;
}

/* A tab's button says the tab's whole title when the button shows it cut. */
static void
set_tab_tooltip (GtkWidget  *switcher,
                 guint       tab,
                 const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_tab_buttons (switcher, buttons);
  if (tab < buttons->len)
    gtk_widget_set_tooltip_text (g_ptr_array_index (buttons, tab), tooltip);
}

/* The titles of the window and its tabs, from the model, in its language. */
static void
on_model_or_language_changed (FvWindow *self)
{
  FvModel *model = fv_session_get_model (self->session);
  AdwViewStackPage *pages[FV_N_TABS] = { self->timeline_stack_page, self->case_stack_page,
                                         self->statements_stack_page };
  g_autofree char *window_title = NULL;
  g_autofree char *model_title = NULL;
  guint t;

  if (model == NULL)
    return;

  /* A tab's title is cut to what a tab shows, so that long ones do not push
   * the window past the screen; the tab's button, in the header bar and in
   * the bottom bar, has the whole title as its tooltip. */
  for (t = 0; t < FV_N_TABS; t++)
    {
      gboolean shown = fv_model_has_tab (model, t);
      /* A tab the model does not give has no title: it is not shown. */
      const char *text = shown ? fv_session_text (self->session, fv_model_get_tab_title (model, t))
                               : NULL;
      g_autofree char *title = fv_text_clip (text != NULL ? text : "", FV_TAB_TITLE_MAX_CHARS);
      g_autofree char *whole = fv_text_clip (text != NULL ? text : "", FV_TITLE_MAX_CHARS);
      const char *tooltip = g_str_equal (title, whole) ? NULL : whole;

      adw_view_stack_page_set_title (pages[t], title);
      /* Only the tabs the story has: no empty case or statements tab. */
      adw_view_stack_page_set_visible (pages[t], shown);
      set_tab_tooltip (GTK_WIDGET (self->switcher_title), t, tooltip);
      set_tab_tooltip (GTK_WIDGET (self->switcher_bar), t, tooltip);
    }

  model_title = fv_text_clip (fv_session_text (self->session, fv_model_get_title (model)),
                              FV_TITLE_MAX_CHARS);
  window_title = g_strdup (model_title);
  /* The file's name too, in the list of windows: two models with the same
   * title, or a copy being edited, are told apart. */
  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);
      g_autofree char *shown = g_filename_display_name (name);
      g_autofree char *clipped = fv_text_clip (shown, FV_TITLE_MAX_CHARS);

      g_free (window_title);
      /* translators: the window's title: the model's title, then its file's name */
      window_title = g_strdup_printf (_("%s — %s"), model_title, clipped);
    }
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  /* In the header bar when the tabs go to the bottom: the model's title. */
  adw_view_switcher_title_set_title (self->switcher_title, model_title);
  fv_window_update_language_button (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart",
                                 fv_model_get_n_charts (model) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-chart",
                                 fv_model_get_n_charts (model) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print",
                                 fv_model_get_n_charts (model) > 0);
}

/* ---- The model ---------------------------------------------------------- */

FvModel *
fv_window_get_model (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  return fv_session_get_model (self->session);
}

void
fv_window_set_model (FvWindow *self,
                     FvModel  *model)
{
  fv_window_set_model_from_file (self, model, NULL);
}

void
fv_window_show_problems (FvWindow   *self,
                         const char *message)
{
  g_return_if_fail (FV_IS_WINDOW (self));

  gtk_label_set_text (self->error_label, message);
  /* The start of the whole, each line cut at most in its middle: a
   * tooltip of a few thousand characters still fits a screen. */
  {
    g_autofree char *tooltip = fv_text_clip (message, FV_PROBLEMS_TOOLTIP_MAX_CHARS);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self->error_label), tooltip);
  }
  /* Selectable, to be copied; but not selected all at once on focus. */
  gtk_label_select_region (self->error_label, 0, 0);
  gtk_revealer_set_reveal_child (self->error_bar, TRUE);
}

static void
on_error_bar_close (FvWindow *self)
{
  gtk_revealer_set_reveal_child (self->error_bar, FALSE);
}

FvTab
fv_window_get_visible_tab (FvWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->stack);

  return visible == GTK_WIDGET (self->case_page) ? FV_TAB_CASE
       : visible == GTK_WIDGET (self->statements_page) ? FV_TAB_STATEMENTS
       : FV_TAB_TIMELINE;
}

/* The session's current chart, that Export Chart, Copy Chart and Print act
 * on: the first of the tab shown, or the model's first. */
static void
update_current_chart (FvWindow *self)
{
  FvModel *model = fv_session_get_model (self->session);
  FvTab tab = fv_window_get_visible_tab (self);
  const FvChart *current = NULL;

  for (guint i = 0; model != NULL && i < fv_model_get_n_charts (model); i++)
    if (current == NULL && fv_model_get_chart (model, i)->tab == tab)
      current = fv_model_get_chart (model, i);
  if (current == NULL && model != NULL && fv_model_get_n_charts (model) > 0)
    current = fv_model_get_chart (model, 0);

  fv_session_set_current_chart_id (self->session, current != NULL ? current->id : NULL);
}

const FvChart *
fv_window_get_current_chart (FvWindow *self)
{
  FvModel *model = fv_session_get_model (self->session);
  const char *id = fv_session_get_current_chart_id (self->session);

  return model != NULL && id != NULL ? fv_model_lookup_chart (model, id) : NULL;
}

/* ---- The class ---------------------------------------------------------- */

static void
fv_window_dispose (GObject *object)
{
  FvWindow *self = (FvWindow *)object;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  fv_window_dispose_quotes (self);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  /* The settings' action outlives the window's action group otherwise, and
   * reports a change of the setting to a group that is gone. */
  g_action_map_remove_action (G_ACTION_MAP (self), "content-language");
  g_action_map_remove_action (G_ACTION_MAP (self), "reload-when-changed");
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->session);
  g_clear_object (&self->language_menu);
  g_clear_pointer (&self->problems, g_free);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->file);
  g_clear_weak_pointer (&self->focus_before_search);

  G_OBJECT_CLASS (fv_window_parent_class)->dispose (object);
}

static void
fv_window_class_init (FvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_window_dispose;

  g_type_ensure (FV_TYPE_TIMELINE_PAGE);
  g_type_ensure (FV_TYPE_CASE_PAGE);
  g_type_ensure (FV_TYPE_STATEMENTS_PAGE);

  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FvWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, timeline_stack_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, case_stack_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, statements_stack_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, case_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, statements_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, show_problems_button);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, load_spinner);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_close);

  fv_window_class_install_toast_actions (widget_class);
  fv_window_class_bind_search (widget_class);
  fv_window_class_bind_quotes (widget_class);
  fv_window_class_install_actions (widget_class);
}

/* GTK 4.8 names some buttons a screen reader lands on after their type
 * ("GtkImage", "GtkMenuButton"): the button inside a menu button, which
 * takes the focus, and the close button that the search bar makes
 * itself. Each gets the name a person would give it. (GTK
 * 4.10 passes a menu button's name to its inner button.) */
static void
name_inner_buttons (GtkWidget  *widget,
                    const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      else
        name_inner_buttons (child, name);
    }
}

static void
name_buttons (FvWindow *self)
{
  name_inner_buttons (GTK_WIDGET (self->menu_button), _("Main Menu"));
  name_inner_buttons (GTK_WIDGET (self->language_button), _("Content Language"));
  name_inner_buttons (GTK_WIDGET (self->search_bar), _("Close Search"));
}

static void
fv_window_init (FvWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->session = fv_session_new ();
  fv_page_set_session (self->timeline_page, self->session);
  fv_page_set_session (self->case_page, self->session);
  fv_page_set_session (self->statements_page, self->session);
  g_signal_connect_object (self->session, "notify::model",
                           G_CALLBACK (on_model_or_language_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::languages",
                           G_CALLBACK (on_model_or_language_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::model",
                           G_CALLBACK (update_current_chart), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (update_current_chart), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-chart", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", FALSE);
  gtk_widget_set_visible (self->show_problems_button, FALSE);

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu, self, NULL);
  gtk_menu_button_set_create_popup_func (self->language_button, create_menu, self, NULL);
  fv_window_setup_search (self);
  fv_window_setup_quotes (self);

  name_buttons (self);
  fv_window_setup_drop (self);
  fv_window_bind_settings (self);
}

FvWindow *
fv_window_new (GtkApplication *application)
{
  return g_object_new (FV_TYPE_WINDOW, "application", application, NULL);
}
