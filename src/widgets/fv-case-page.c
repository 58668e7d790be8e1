/* fv-case-page.c — the tab of the case study
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case study the model's case tab names, laid out for reading, under
 * the model's charts of this tab (its events beside the national ones).
 * An event selected in the case's list of events or on a chart shows its
 * detail beside, as in the timeline's tab: the selection is the
 * session's, shared by every tab. A search keeps in that list the events
 * it finds, and says so when it finds none of the case's facts.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-case-page.h"
#include "fv-case-view.h"
#include "fv-chart-panel.h"
#include "fv-chart-view.h"
#include "fv-fact-widgets.h"
#include "fv-model-search.h"
#include "fv-ui-resources.h"

struct _FvCasePage
{
  FvPage             parent_instance;

  GtkListBox        *events;  /* the case's events, in case_box; NULL: none */

  /* template */
  GtkBox            *charts;
  GtkBox            *case_box;
  GtkWidget         *detail_separator;
  GtkScrolledWindow *event_detail;
  AdwStatusPage     *no_match_label;
};

G_DEFINE_FINAL_TYPE (FvCasePage, fv_case_page, FV_TYPE_PAGE)

static void on_row_selected (FvCasePage    *self,
                             GtkListBoxRow *row);

/* The case's event a row of its list shows: rows are made in the order of
 * the case's events (fv_case_view_new()), and a search only hides them. */
static const FvEvent *
row_event (FvCasePage    *self,
           GtkListBoxRow *row)
{
  FvSession *session = fv_page_get_session (FV_PAGE (self));
  const FvCase *c = fv_model_get_tab_case (fv_session_get_model (session));
  int i = gtk_list_box_row_get_index (row);

  return c != NULL && i >= 0 && (guint) i < c->n_events ? c->events[i] : NULL;
}

/* The session's selected event: its detail beside the case, and its row
 * selected when the case has it. */
static void
show_selected (FvCasePage *self)
{
  FvSession *session = fv_page_get_session (FV_PAGE (self));
  const char *id = fv_session_get_selected_id (session);
  const FvEvent *event = id != NULL ? fv_model_lookup_event (fv_session_get_model (session), id)
                                    : NULL;

  if (self->events != NULL)
    {
      GtkListBoxRow *row = NULL;

      for (int i = 0; event != NULL && row == NULL; i++)
        {
          GtkListBoxRow *r = gtk_list_box_get_row_at_index (self->events, i);

          if (r == NULL)
            break;
          if (row_event (self, r) == event)
            row = r;
        }
      g_signal_handlers_block_by_func (self->events, on_row_selected, self);
      if (row != NULL)
        gtk_list_box_select_row (self->events, row);
      else
        gtk_list_box_unselect_all (self->events);
      g_signal_handlers_unblock_by_func (self->events, on_row_selected, self);
    }

  gtk_scrolled_window_set_child (self->event_detail,
                                 event != NULL ? fv_event_detail_new (session, event) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->event_detail), event != NULL);
  gtk_widget_set_visible (self->detail_separator, event != NULL);
}

static void
on_row_selected (FvCasePage    *self,
                 GtkListBoxRow *row)
{
  const FvEvent *event = row != NULL ? row_event (self, row) : NULL;

  if (event != NULL)
    fv_session_set_selected_id (fv_page_get_session (FV_PAGE (self)), event->id);
}

static gboolean
row_is_found (GtkListBoxRow *row,
              gpointer       user_data)
{
  FvCasePage *self = user_data;
  GHashTable *found = fv_session_get_event_matches (fv_page_get_session (FV_PAGE (self)));
  const FvEvent *event = row_event (self, row);

  return found == NULL || (event != NULL && g_hash_table_contains (found, event->id));
}

/* The events the search finds, in the list; none of the case's facts
 * found, a status page says so. */
static void
update_search (FvCasePage *self)
{
  FvSession *session = fv_page_get_session (FV_PAGE (self));
  const FvCase *c = fv_model_get_tab_case (fv_session_get_model (session));
  GHashTable *events = fv_session_get_event_matches (session);
  GHashTable *statements = fv_session_get_statement_matches (session);
  guint n_found = c == NULL ? 0
                : events == NULL || statements == NULL ? 1  /* no search: all are shown */
                : fv_case_count_found (c, events, statements);

  if (self->events != NULL)
    gtk_list_box_invalidate_filter (self->events);
  if (c == NULL)
    return;

  /* The case's text stays: only the sentence is added above it. */
  fv_page_show_no_match (FV_PAGE (self), NULL, self->no_match_label, n_found,
                         /* translators: above the case study; %s is what was searched for */
                         _("Nothing in the case matches “%s”"));
}

static void
fv_case_page_clear (FvPage *page)
{
  FvCasePage *self = FV_CASE_PAGE (page);
  GtkWidget *child;

  self->events = NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->no_match_label), FALSE);
  gtk_scrolled_window_set_child (self->event_detail, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->event_detail), FALSE);
  gtk_widget_set_visible (self->detail_separator, FALSE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts))) != NULL)
    gtk_box_remove (self->charts, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->case_box))) != NULL)
    gtk_box_remove (self->case_box, child);
}

static void
fv_case_page_rebuild (FvPage *page)
{
  FvCasePage *self = FV_CASE_PAGE (page);
  FvSession *session = fv_page_get_session (page);
  const FvCase *c = fv_model_get_tab_case (fv_session_get_model (session));

  fv_chart_panel_fill_box (self->charts, session, FV_TAB_CASE);
  if (c != NULL)
    gtk_box_append (self->case_box, fv_case_view_new (session, c, &self->events));
  else
    gtk_box_append (self->case_box,
                    fv_fact_label_new (_("This fact model has no case study."), "dim-label"));
  if (self->events != NULL)
    {
      g_signal_connect_object (self->events, "row-selected", G_CALLBACK (on_row_selected), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_set_filter_func (self->events, row_is_found, self, NULL);
    }
  show_selected (self);
  update_search (self);
}

static void
fv_case_page_session_notify (FvPage     *page,
                             GParamSpec *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "selected-id"))
    show_selected (FV_CASE_PAGE (page));
  else if (g_str_equal (name, "event-matches") || g_str_equal (name, "statement-matches"))
    update_search (FV_CASE_PAGE (page));
}

static void
fv_case_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FV_TYPE_CASE_PAGE);

  G_OBJECT_CLASS (fv_case_page_parent_class)->dispose (object);
}

static void
fv_case_page_class_init (FvCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_case_page_dispose;
  FV_PAGE_CLASS (klass)->rebuild = fv_case_page_rebuild;
  FV_PAGE_CLASS (klass)->clear = fv_case_page_clear;
  FV_PAGE_CLASS (klass)->session_notify = fv_case_page_session_notify;

  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/fv-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, charts);
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, case_box);
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, detail_separator);
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, event_detail);
  gtk_widget_class_bind_template_child (widget_class, FvCasePage, no_match_label);
}

static void
fv_case_page_init (FvCasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

