/* fv-window.c — the main window: the story's facts in three tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view of one FvModel. Setting another model rebuilds the tabs; a model
 * that fails to load never reaches here, so what is on screen stays.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-view.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-resources.h"
#include "fv-window-private.h"

G_DEFINE_FINAL_TYPE (FvWindow, fv_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTENT_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The UI's resources are in a static library: registered by hand, since a
 * constructor in an object nothing refers to would not be linked. */
void
fv_ui_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      fv_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/* Fact Viewer's style sheet, for every window on @display. */
void
fv_ui_load_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  fv_ui_register_resources ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/ui/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* ---- Timeline tab ------------------------------------------------------- */

static void
show_event_detail (FvWindow      *self,
                   const FvEvent *event)
{
  if (event == NULL)
    {
      GtkWidget *hint = fv_fact_label_new (_("Select an event in the list or the chart to see "
                                             "its description, who took part and its sources."),
                                           "dim-label");

      gtk_widget_set_margin_start (hint, 24);
      gtk_widget_set_margin_end (hint, 24);
      gtk_widget_set_margin_top (hint, 24);
      gtk_widget_set_valign (hint, GTK_ALIGN_START);
      gtk_scrolled_window_set_child (self->event_detail, hint);
      return;
    }

  gtk_scrolled_window_set_child (self->event_detail, fv_event_detail_new (self->model, event));
}

static void
select_in_charts (FvWindow   *self,
                  const char *id)
{
  self->selected_event = id;
  for (guint i = 0; i < self->chart_views->len; i++)
    {
      FvChartView *view = g_ptr_array_index (self->chart_views, i);

      if (fv_chart_view_get_chart (view)->type == FV_CHART_TIMELINE)
        fv_chart_view_set_selected_id (view, id);
    }
}

static void
on_event_selected (FvWindow *self)
{
  FvFactObject *item = gtk_single_selection_get_selected_item (self->event_selection);
  const FvEvent *event = item ? fv_fact_object_get_fact (item) : NULL;

  show_event_detail (self, event);
  select_in_charts (self, event ? event->id : NULL);
}

static void
on_mark_activated (FvWindow    *self,
                   const char  *id,
                   FvChartView *view)
{
  guint position;

  if (fv_model_lookup_event (self->model, id) == NULL)
    {
      fv_chart_view_set_selected_id (view, id);
      return;
    }

  position = fv_fact_list_find (self->events, id);
  if (position == G_MAXUINT)
    {
      /* Filtered out by the search: show it all the same. */
      show_event_detail (self, fv_model_lookup_event (self->model, id));
      select_in_charts (self, id);
      return;
    }

  gtk_single_selection_set_selected (self->event_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->event_list), "list.scroll-to-item", "u",
                              position);
}

static void
setup_event_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *date = fv_fact_label_new (NULL, "date");
  GtkWidget *title = fv_fact_label_new (NULL, "heading");
  GtkWidget *actors = fv_fact_label_new (NULL, "dim-label");

  /* Rows are recycled: they must not be selectable text, or clicks would
   * select text instead of rows. */
  gtk_label_set_selectable (GTK_LABEL (date), FALSE);
  gtk_label_set_selectable (GTK_LABEL (title), FALSE);
  gtk_label_set_selectable (GTK_LABEL (actors), FALSE);
  /* Rows of one height or two: a list of 100,000 scrolls without measuring
   * long texts; the detail pane has them whole. */
  gtk_label_set_wrap (GTK_LABEL (date), FALSE);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (actors), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (actors), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (box, "event-row");
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), actors);
  gtk_list_item_set_child (item, box);
}

static void
bind_event_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  FvFactObject *object = gtk_list_item_get_item (item);
  FvModel *model = fv_fact_object_get_model (object);
  const FvEvent *event = fv_fact_object_get_fact (object);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *date = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (date);
  GtkWidget *actors = gtk_widget_get_next_sibling (title);
  g_autofree char *when = fv_format_event_date (event);
  g_autofree char *who = fv_actors_to_string (model, event->actors, event->n_actors);

  g_autofree char *title_text = fv_text_clip (fv_model_text (model, &event->title),
                                              FV_ROW_MAX_CHARS);
  g_autofree char *who_text = fv_text_clip (who, FV_ROW_MAX_CHARS);

  gtk_label_set_text (GTK_LABEL (date), when);
  gtk_label_set_text (GTK_LABEL (title), title_text);
  gtk_label_set_text (GTK_LABEL (actors), who_text);
  gtk_widget_set_visible (actors, event->n_actors > 0);
}

static GtkWidget *
add_chart_view (FvWindow      *self,
                GtkBox        *box,
                const FvChart *chart)
{
  GtkWidget *view = fv_chart_view_new (self->model, chart->id);

  /* The timeline's chart shares its tab with the list, in a pane the
   * person can resize; the others stand above text that scrolls. */
  if (chart->tab == FV_TAB_TIMELINE)
    gtk_widget_set_vexpand (view, TRUE);
  else
    gtk_widget_set_size_request (view, -1, 360);
  g_signal_connect_object (view, "mark-activated", G_CALLBACK (on_mark_activated), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (box, view);
  g_ptr_array_add (self->chart_views, view);

  return view;
}

/* ---- Statements tab ----------------------------------------------------- */

static gboolean
is_lead_actor (FvModel       *model,
               const FvActor *actor)
{
  guint n;
  const FvActor **lead = fv_model_get_lead_actors (model, &n);

  for (guint i = 0; i < n; i++)
    if (lead[i] == actor)
      return TRUE;
  return FALSE;
}

/* A card made afresh for each row shown: cards differ in what they hold,
 * and only the rows on screen exist. */
static void
bind_statement_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  FvFactObject *object = gtk_list_item_get_item (item);
  GtkWidget *card = fv_statement_card_new (fv_fact_object_get_model (object),
                                           fv_fact_object_get_fact (object));

  gtk_widget_set_margin_start (card, 24);
  gtk_widget_set_margin_end (card, 24);
  gtk_list_item_set_child (item, card);
}

static void
unbind_statement_row (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  gtk_list_item_set_child (item, NULL);
}

/* ---- Search ------------------------------------------------------------- */

static gboolean
text_matches (FvModel      *model,
              const FvText *text,
              const char   *needle)
{
  const char *value = fv_model_text (model, text);
  g_autofree char *folded = NULL;

  if (value == NULL)
    return FALSE;

  folded = g_utf8_casefold (value, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
references_match (FvModel            *model,
                  const FvReferences *refs,
                  const char         *needle)
{
  for (guint i = 0; i < refs->n_items; i++)
    if (text_matches (model, &refs->items[i].source->title, needle))
      return TRUE;
  return FALSE;
}

static gboolean
actor_matches (FvModel       *model,
               const FvActor *actor,
               const char    *needle)
{
  return text_matches (model, &actor->name, needle) || text_matches (model, &actor->role, needle);
}

static gboolean
event_matches (FvModel       *model,
               const FvEvent *event,
               const char    *needle)
{
  if (text_matches (model, &event->title, needle) ||
      text_matches (model, &event->description, needle) ||
      references_match (model, &event->references, needle))
    return TRUE;

  for (guint i = 0; i < event->n_actors; i++)
    if (actor_matches (model, event->actors[i], needle))
      return TRUE;

  return FALSE;
}

static gboolean
statement_matches (FvModel           *model,
                   const FvStatement *statement,
                   const char        *needle)
{
  return text_matches (model, &statement->words, needle) ||
         text_matches (model, &statement->translation, needle) ||
         text_matches (model, &statement->setting, needle) ||
         text_matches (model, &statement->about, needle) ||
         actor_matches (model, statement->actor, needle) ||
         references_match (model, &statement->references, needle);
}

static void
apply_search (FvWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  guint n_events = 0, n_statements = 0;

  g_clear_pointer (&self->event_matches, g_hash_table_unref);
  g_clear_pointer (&self->statement_matches, g_hash_table_unref);

  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (self->model != NULL && *stripped != '\0')
    {
      needle = g_utf8_casefold (stripped, -1);
      self->event_matches = g_hash_table_new (g_str_hash, g_str_equal);
      self->statement_matches = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < fv_model_get_n_events (self->model); i++)
        {
          const FvEvent *event = fv_model_get_event (self->model, i);

          if (event_matches (self->model, event, needle))
            g_hash_table_add (self->event_matches, (gpointer) event->id);
        }
      for (guint i = 0; i < fv_model_get_n_statements (self->model); i++)
        {
          const FvStatement *statement = fv_model_get_statement (self->model, i);

          if (statement_matches (self->model, statement, needle))
            g_hash_table_add (self->statement_matches, (gpointer) statement->id);
        }

      n_events = g_hash_table_size (self->event_matches);
      n_statements = g_hash_table_size (self->statement_matches);
    }

  if (self->events != NULL)
    fv_fact_list_set_filter (self->events, self->event_matches);
  if (self->statements != NULL)
    fv_fact_list_set_filter (self->statements, self->statement_matches);
  for (guint i = 0; i < self->chart_views->len; i++)
    fv_chart_view_set_matches (g_ptr_array_index (self->chart_views, i), self->event_matches);

  if (self->event_matches == NULL)
    gtk_label_set_text (self->match_label, "");
  else
    {
      g_autofree char *events = g_strdup_printf (ngettext ("%u event", "%u events", n_events),
                                                 n_events);
      g_autofree char *statements = g_strdup_printf (ngettext ("%u statement", "%u statements",
                                                               n_statements), n_statements);
      /* translators: the search's result: "3 events and 2 statements match"; the
       * two parts are "%u event(s)" and "%u statement(s)" */
      g_autofree char *label = g_strdup_printf (_("%s and %s match"), events, statements);

      gtk_label_set_text (self->match_label, label);
    }
}

static void
on_search_changed (FvWindow *self)
{
  apply_search (self);
}

static void
on_stop_search (FvWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* ---- Content language --------------------------------------------------- */

/* Languages by their own names: a reader looks for the one they read. */
static const char *
language_name (const char *tag)
{
  static const struct { const char *tag, *name; } names[] = {
    { "ar", "العربية" }, { "de", "Deutsch" }, { "en", "English" }, { "es", "Español" },
    { "fr", "Français" }, { "hi", "हिन्दी" }, { "it", "Italiano" }, { "ko", "한국어" },
    { "pl", "Polski" }, { "pt", "Português" }, { "pt-BR", "Português (Brasil)" },
    { "ru", "Русский" }, { "tl", "Tagalog" }, { "uk", "Українська" },
    { "vi", "Tiếng Việt" }, { "zh", "中文" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].tag, tag) == 0)
      return names[i].name;

  return tag;
}

static void
apply_content_language (FvWindow *self)
{
  const char * const *languages = fv_model_get_languages (self->model);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) desktop = g_menu_new ();
  g_autoptr(GMenu) list = g_menu_new ();
  g_autofree char *tooltip = NULL;
  g_autofree char *code = NULL;
  const char *shown;

  if (self->content_language[0] == '\0')
    fv_model_set_languages (self->model, NULL);
  else
    fv_model_set_languages (self->model, (const char *[]) { self->content_language, NULL });

  g_menu_append (desktop, _("As the Desktop"), "win.content-language::");
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.content-language::%s", languages[i]);
      g_autofree char *label = g_strdup_printf ("%s (%s)", language_name (languages[i]),
                                                languages[i]);

      g_menu_append (list, label, action);
    }
  g_menu_append_section (menu, _("Content Language"), G_MENU_MODEL (desktop));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (list));

  /* The button names the language the facts are in now. */
  shown = fv_model_get_content_language (self->model);
  code = g_ascii_strup (shown, -1);
  /* translators: the tooltip of the button that names the facts' language */
  tooltip = g_strdup_printf (_("The facts are in %s"), language_name (shown));
  gtk_menu_button_set_label (self->language_button, code);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_button), tooltip);
  g_set_object (&self->language_menu, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->language_button), g_strv_length ((char **) languages) > 1);
}

/* The menus are made when first opened: a popover menu is some thirty
 * widgets that startup need not make. */
static void
create_menu (GtkMenuButton *button,
             gpointer       user_data)
{
  FvWindow *self = user_data;
  GMenuModel *menu = button == self->language_button ? self->language_menu : self->primary_menu;

  if (gtk_menu_button_get_menu_model (button) != menu)
    gtk_menu_button_set_menu_model (button, menu);
}

const char *
fv_window_get_content_language (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  return self->content_language;
}

static void fill_tabs (FvWindow *self);

/**
 * fv_window_set_content_language:
 * @language: (nullable): a language tag, or "" or %NULL for the desktop's
 *
 * Shows the facts in @language (where the model has it) from now on, and
 * remembers it.
 */
void
fv_window_set_content_language (FvWindow   *self,
                                const char *language)
{
  g_return_if_fail (FV_IS_WINDOW (self));

  if (language == NULL)
    language = "";
  if (g_strcmp0 (self->content_language, language) == 0)
    return;

  g_free (self->content_language);
  self->content_language = g_strdup (language);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "content-language", language);

  if (self->model != NULL)
    fill_tabs (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_LANGUAGE]);
}

/* ---- The model ---------------------------------------------------------- */

/* The tab a page of the stack shows. */
static FvTab
visible_tab (FvWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  return g_strcmp0 (name, "case") == 0 ? FV_TAB_CASE
       : g_strcmp0 (name, "statements") == 0 ? FV_TAB_STATEMENTS
       : FV_TAB_TIMELINE;
}

/* Fills tab @t with its charts and views of the model, the first time it is
 * shown: what a hidden tab holds is not made at startup. */
static void
build_tab (FvWindow *self,
           FvTab     t)
{
  GtkBox *chart_boxes[FV_N_TABS] = { self->timeline_charts, self->case_charts,
                                     self->statements_charts };

  if (self->model == NULL || self->tab_built[t])
    return;
  self->tab_built[t] = TRUE;

  for (guint i = 0; i < fv_model_get_n_charts (self->model); i++)
    {
      const FvChart *chart = fv_model_get_chart (self->model, i);

      if (chart->tab == t)
        {
          GtkWidget *view = add_chart_view (self, chart_boxes[t], chart);

          fv_chart_view_set_matches (FV_CHART_VIEW (view), self->event_matches);
          if (chart->type == FV_CHART_TIMELINE)
            fv_chart_view_set_selected_id (FV_CHART_VIEW (view), self->selected_event);
        }
    }

  switch (t)
    {
    case FV_TAB_TIMELINE:
      break;

    case FV_TAB_CASE:
      {
        const FvCase *c = fv_model_get_tab_case (self->model);

        if (c != NULL)
          gtk_box_append (self->case_box, fv_case_view_new (self->model, c));
        else
          gtk_box_append (self->case_box,
                          fv_fact_label_new (_("This fact model has no case study."), "dim-label"));
      }
      break;

    case FV_TAB_STATEMENTS:
      {
        g_autoptr(GtkNoSelection) no_selection =
          gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->statements)));

        gtk_list_view_set_model (self->statement_list, GTK_SELECTION_MODEL (no_selection));
      }
      break;

    case FV_N_TABS:
    default:
      g_assert_not_reached ();
    }
}

static void
on_visible_tab_changed (FvWindow *self)
{
  build_tab (self, visible_tab (self));
}

static void
fill_tabs (FvWindow *self)
{
  GtkBox *chart_boxes[FV_N_TABS] = { self->timeline_charts, self->case_charts,
                                     self->statements_charts };
  GtkStackPage *pages[FV_N_TABS] = { self->timeline_page, self->case_page,
                                     self->statements_page };
  gboolean has_charts[FV_N_TABS] = { FALSE, };
  g_autofree char *window_title = NULL;
  GPtrArray *events, *statements;
  const FvEvent **by_date = fv_model_get_events_by_date (self->model);
  guint n_events = fv_model_get_n_events (self->model);
  guint n_statements = fv_model_get_n_statements (self->model);

  apply_content_language (self);

  for (guint i = 0; i < fv_model_get_n_charts (self->model); i++)
    has_charts[fv_model_get_chart (self->model, i)->tab] = TRUE;

  for (guint t = 0; t < FV_N_TABS; t++)
    {
      g_autofree char *tab_title = fv_text_clip (fv_model_get_tab_title (self->model, t),
                                                 FV_TITLE_MAX_CHARS);

      remove_children (chart_boxes[t]);
      gtk_widget_set_visible (GTK_WIDGET (chart_boxes[t]), has_charts[t]);
      gtk_stack_page_set_title (pages[t], tab_title);
      self->tab_built[t] = FALSE;
    }
  g_ptr_array_set_size (self->chart_views, 0);
  /* An id of the model shown before: the selection may not have said so
   * when a chart selected an event the search hid from the list. */
  self->selected_event = NULL;
  remove_children (self->case_box);
  gtk_list_view_set_model (self->statement_list, NULL);

  /* Timeline, oldest first */
  events = g_ptr_array_sized_new (n_events);
  for (guint i = 0; i < n_events; i++)
    g_ptr_array_add (events, (gpointer) by_date[i]);
  g_clear_object (&self->events);
  self->events = fv_fact_list_new (self->model, events);
  gtk_single_selection_set_model (self->event_selection, G_LIST_MODEL (self->events));
  gtk_single_selection_set_selected (self->event_selection, GTK_INVALID_LIST_POSITION);
  show_event_detail (self, NULL);

  /* Statements: the lead actors' first, then the other voices. */
  statements = g_ptr_array_sized_new (n_statements);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_statements; i++)
      {
        const FvStatement *statement = fv_model_get_statement (self->model, i);

        if (is_lead_actor (self->model, statement->actor) == (pass == 0))
          g_ptr_array_add (statements, (gpointer) statement);
      }
  g_clear_object (&self->statements);
  self->statements = fv_fact_list_new (self->model, statements);

  window_title = fv_text_clip (fv_model_get_title (self->model), FV_TITLE_MAX_CHARS);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->event_list));
  apply_search (self);
  build_tab (self, visible_tab (self));
}

FvModel *
fv_window_get_model (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), NULL);

  return self->model;
}

void
fv_window_set_model (FvWindow *self,
                     FvModel  *model)
{
  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (FV_IS_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  fill_tabs (self);
}

void
fv_window_show_problems (FvWindow   *self,
                         const char *message)
{
  g_return_if_fail (FV_IS_WINDOW (self));

  gtk_label_set_text (self->error_label, message);
  /* Selectable, to be copied; but not selected all at once on focus. */
  gtk_label_select_region (self->error_label, 0, 0);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

/* Shows the model loaded from FILE, or, when there is none, ERROR's
 * problems above the model that stays on screen. */
static gboolean
show_loaded (FvWindow *self,
             GFile    *file,
             FvModel  *model,
             GError   *error)
{
  if (model == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* translators: the heading of the problems of a file that did not open */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened:\n%s"), name,
                                                  error->message);

      fv_window_show_problems (self, message);
      return FALSE;
    }

  fv_window_set_model (self, model);
  return TRUE;
}

/**
 * fv_window_open_file:
 *
 * Loads @file and shows it; when it cannot be loaded, shows why, with the
 * places of the problems, and keeps the model that is on screen.
 *
 * Returns: whether @file is now shown
 */
gboolean
fv_window_open_file (FvWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;

  g_return_val_if_fail (FV_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = fv_model_new_from_file (file, NULL, NULL, &error);
  return show_loaded (self, file, model, error);
}

typedef struct
{
  GWeakRef  window;  /* a load does not keep a closed window alive */
  GFile    *file;
} Loading;

static void
show_loading (FvWindow   *self,
              GFile      *file)
{
  gboolean loading = file != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->load_spinner), loading);
  gtk_spinner_set_spinning (self->load_spinner, loading);
  if (loading)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* translators: the tooltip of the spinner while a file loads */
      g_autofree char *tooltip = g_strdup_printf (_("Loading “%s”…"), name);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->load_spinner), tooltip);
    }
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

  show_loaded (self, loading->file, model, error);

out:
  g_weak_ref_clear (&loading->window);
  g_object_unref (loading->file);
  g_free (loading);
}

/**
 * fv_window_load_file:
 *
 * Loads @file off the main thread, showing that it does, and shows it (or
 * its problems) when done; the window stays responsive meanwhile. A second
 * load cancels the first.
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

gboolean
fv_window_is_loading (FvWindow *self)
{
  g_return_val_if_fail (FV_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

/* The chart of the visible tab, for Export Chart: the first one there. */
const FvChart *
fv_window_get_current_chart (FvWindow *self)
{
  FvTab tab = visible_tab (self);

  if (self->model == NULL)
    return NULL;

  for (guint i = 0; i < fv_model_get_n_charts (self->model); i++)
    if (fv_model_get_chart (self->model, i)->tab == tab)
      return fv_model_get_chart (self->model, i);

  return fv_model_get_n_charts (self->model) > 0 ? fv_model_get_chart (self->model, 0) : NULL;
}

/* The settings, when the schema is installed (or compiled beside a build
 * that runs from its folder); without it, the window remembers nothing
 * rather than abort as g_settings_new() would. */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed: the window will not remember "
                 "its size and tab", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_state (FvWindow *self)
{
  g_autofree char *tab = NULL;

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_free (self->content_language);
  self->content_language = g_settings_get_string (self->settings, "content-language");

  tab = g_settings_get_string (self->settings, "last-tab");
  if (gtk_stack_get_child_by_name (self->stack, tab) != NULL)
    gtk_stack_set_visible_child_name (self->stack, tab);
}

static gboolean
fv_window_close_request (GtkWindow *window)
{
  FvWindow *self = FV_WINDOW (window);

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);
      int width, height;

      /* The size to come back to is the unmaximized one. */
      gtk_window_get_default_size (window, &width, &height);
      if (!maximized && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized", maximized);
      g_settings_set_string (self->settings, "last-tab",
                             gtk_stack_get_visible_child_name (self->stack));
    }

  return GTK_WINDOW_CLASS (fv_window_parent_class)->close_request (window);
}

static void
on_error_bar_response (FvWindow *self,
                       int       response)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
}

static void
fv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FvWindow *self = FV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_LANGUAGE:
      g_value_set_string (value, self->content_language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FvWindow *self = FV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT_LANGUAGE:
      fv_window_set_content_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_window_finalize (GObject *object)
{
  g_clear_pointer (&FV_WINDOW (object)->content_language, g_free);

  G_OBJECT_CLASS (fv_window_parent_class)->finalize (object);
}

static void
fv_window_dispose (GObject *object)
{
  FvWindow *self = (FvWindow *)object;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_WINDOW);
  g_clear_object (&self->event_selection);
  g_clear_object (&self->events);
  g_clear_object (&self->statements);
  g_clear_object (&self->model);
  g_clear_pointer (&self->event_matches, g_hash_table_unref);
  g_clear_pointer (&self->statement_matches, g_hash_table_unref);
  g_clear_pointer (&self->chart_views, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->language_menu);

  G_OBJECT_CLASS (fv_window_parent_class)->dispose (object);
}

static void
fv_window_class_init (FvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_window_dispose;
  object_class->finalize = fv_window_finalize;
  object_class->get_property = fv_window_get_property;
  object_class->set_property = fv_window_set_property;
  GTK_WINDOW_CLASS (klass)->close_request = fv_window_close_request;

  properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FvWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, case_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, statements_page);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, match_label);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, timeline_charts);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, event_list);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, event_detail);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, case_charts);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, case_box);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, statements_charts);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, statement_list);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, language_button);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, load_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response);

  fv_window_class_install_actions (widget_class);
}

static void
fv_window_init (FvWindow *self)
{
  GtkListItemFactory *factory;

  g_type_ensure (FV_TYPE_CHART_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chart_views = g_ptr_array_new ();
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_visible_tab_changed), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_event_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_event_row), NULL);
  gtk_list_view_set_factory (self->event_list, factory);
  g_object_unref (factory);

  self->event_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->event_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->event_selection, TRUE);
  g_signal_connect_object (self->event_selection, "notify::selected",
                           G_CALLBACK (on_event_selected), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->event_list, GTK_SELECTION_MODEL (self->event_selection));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "bind", G_CALLBACK (bind_statement_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_statement_row), NULL);
  gtk_list_view_set_factory (self->statement_list, factory);
  g_object_unref (factory);

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu, self, NULL);
  gtk_menu_button_set_create_popup_func (self->language_button, create_menu, self, NULL);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  self->content_language = g_strdup ("");
  self->settings = settings_new ();
  restore_state (self);
}

FvWindow *
fv_window_new (GtkApplication *application)
{
  return g_object_new (FV_TYPE_WINDOW, "application", application, NULL);
}
