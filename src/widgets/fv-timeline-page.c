/* fv-timeline-page.c — the tab of every dated event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the story is and where it comes from (folded once read), then the
 * timeline's chart above a list of the events, oldest first, beside the
 * selected event's detail. The list and the charts select through the
 * session: an event chosen in either is selected in both, and in the case
 * tab's timeline too.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-chart-panel.h"
#include "fv-fact-list.h"
#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-row-layout.h"
#include "fv-story-intro.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"

struct _FvTimelinePage
{
  FvPage              parent_instance;

  FvFactList         *events;

  /* A place in the list to keep, after a reload, while the list laid out
   * anew grows to its length: fv_timeline_page_set_scroll(). */
  double              kept_scroll;
  guint               kept_scroll_frames;  /* frames still to set it at; 0: none */
  guint               kept_scroll_tick;

  /* template */
  FvStoryIntro       *intro;
  GtkBox             *charts;
  GtkListView        *event_list;
  GtkWidget          *list_scroller;
  AdwStatusPage      *no_match_label;
  GtkSingleSelection *selection;
  GtkScrolledWindow  *event_detail;
};

G_DEFINE_FINAL_TYPE (FvTimelinePage, fv_timeline_page, FV_TYPE_PAGE)

static void
show_event_detail (FvTimelinePage *self,
                   const FvEvent  *event)
{
  GtkWidget *detail;

  if (event == NULL)
    {
      detail = fv_fact_label_new (_("Select an event in the list or the chart to see "
                                    "its description, who took part and its sources."),
                                  "dim-label");
      gtk_widget_set_margin_start (detail, 24);
      gtk_widget_set_margin_end (detail, 24);
      gtk_widget_set_margin_top (detail, 24);
      gtk_widget_set_valign (detail, GTK_ALIGN_START);
    }
  else
    detail = fv_event_detail_new (fv_page_get_session (FV_PAGE (self)), event);

  gtk_scrolled_window_set_child (self->event_detail, detail);
}

/* The list follows the session's selection: a mark chosen in a chart. */
static void
show_selected (FvTimelinePage *self)
{
  FvSession *session = fv_page_get_session (FV_PAGE (self));
  const char *id = fv_session_get_selected_id (session);
  const FvEvent *event = id ? fv_model_lookup_event (fv_session_get_model (session), id) : NULL;
  guint position = event != NULL ? fv_fact_list_find (self->events, id) : G_MAXUINT;

  if (position != G_MAXUINT)
    {
      if (gtk_single_selection_get_selected (self->selection) != position)
        {
          gtk_single_selection_set_selected (self->selection, position);
          /* (Not while a reload puts the list back where the reader had
           * it: fv_timeline_page_set_scroll().) */
          if (self->kept_scroll_frames == 0)
            gtk_widget_activate_action (GTK_WIDGET (self->event_list), "list.scroll-to-item",
                                        "u", position);
        }
    }
  else if (event == NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  /* An event the search hides from the list is shown all the same. */
  show_event_detail (self, event);
}

static void
on_selection_changed (FvTimelinePage *self)
{
  FvFactObject *item = gtk_single_selection_get_selected_item (self->selection);
  const FvEvent *event = item ? fv_fact_object_get_fact (item) : NULL;

  fv_session_set_selected_id (fv_page_get_session (FV_PAGE (self)), event ? event->id : NULL);
}

static void
setup_event_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 FvTimelinePage           *self)
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
  /* As the box lays out, without measuring the wrapped title's width at
   * each rebind. */
  gtk_widget_set_layout_manager (box, fv_row_layout_new (2));
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), actors);
  gtk_list_item_set_child (item, box);
}

static void
bind_event_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                FvTimelinePage           *self)
{
  FvSession *session = fv_page_get_session (FV_PAGE (self));
  const FvEvent *event = fv_fact_object_get_fact (gtk_list_item_get_item (item));
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *date = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (date);
  GtkWidget *actors = gtk_widget_get_next_sibling (title);
  g_autofree char *when = fv_format_event_date (event);
  g_autofree char *who = fv_actors_to_string (session, event->actors, event->n_actors);
  /* In the language its detail is shown in. */
  g_autofree char *title_text = fv_text_clip (fv_model_event_title (fv_session_get_model (session),
                                                                    event,
                                                                    fv_session_get_languages (session)),
                                              FV_ROW_MAX_CHARS);
  g_autofree char *who_text = fv_text_clip (who, FV_ROW_MAX_CHARS);

  gtk_label_set_text (GTK_LABEL (date), when);
  gtk_label_set_text (GTK_LABEL (title), title_text);
  gtk_label_set_text (GTK_LABEL (actors), who_text);
  gtk_widget_set_visible (actors, event->n_actors > 0);
}

static void
fv_timeline_page_clear (FvPage *page)
{
  FvTimelinePage *self = FV_TIMELINE_PAGE (page);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts))) != NULL)
    gtk_box_remove (self->charts, child);
  g_signal_handlers_block_by_func (self->selection, on_selection_changed, self);
  gtk_single_selection_set_model (self->selection, NULL);
  g_signal_handlers_unblock_by_func (self->selection, on_selection_changed, self);
  g_clear_object (&self->events);
  gtk_scrolled_window_set_child (self->event_detail, NULL);
}

static void
update_no_match (FvTimelinePage *self)
{
  fv_page_show_no_match (FV_PAGE (self), self->list_scroller, self->no_match_label,
                         g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                         /* translators: in place of the list of events; %s is what was searched for */
                         _("No event matches “%s”"));
}

static void
fv_timeline_page_rebuild (FvPage *page)
{
  FvTimelinePage *self = FV_TIMELINE_PAGE (page);
  FvSession *session = fv_page_get_session (page);
  FvModel *model = fv_session_get_model (session);
  const FvEvent **by_date = fv_model_get_events_by_date (model);
  guint n_events = fv_model_get_n_events (model);
  GPtrArray *events = g_ptr_array_sized_new (n_events);

  fv_story_intro_update (self->intro, session);
  fv_chart_panel_fill_box (self->charts, session, FV_TAB_TIMELINE);

  for (guint i = 0; i < n_events; i++)
    g_ptr_array_add (events, (gpointer) by_date[i]);
  self->events = fv_fact_list_new (model, events);
  fv_fact_list_set_filter (self->events, fv_session_get_event_matches (session));

  g_signal_handlers_block_by_func (self->selection, on_selection_changed, self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->events));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_handlers_unblock_by_func (self->selection, on_selection_changed, self);

  show_selected (self);
  update_no_match (self);
}

static void
fv_timeline_page_session_notify (FvPage     *page,
                                 GParamSpec *pspec)
{
  FvTimelinePage *self = FV_TIMELINE_PAGE (page);
  FvSession *session = fv_page_get_session (page);
  const char *name = g_param_spec_get_name (pspec);

  if (self->events == NULL)
    return;
  if (g_str_equal (name, "event-matches"))
    {
      fv_fact_list_set_filter (self->events, fv_session_get_event_matches (session));
      update_no_match (self);
    }
  else if (g_str_equal (name, "selected-id"))
    show_selected (self);
}

static gboolean
fv_timeline_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FV_TIMELINE_PAGE (widget)->event_list));
}

/* The first event shown (with a search, the first found): selected, as
 * arrows in the list would select it, and focused. */
static void
fv_timeline_page_focus_first (FvPage *page)
{
  FvTimelinePage *self = FV_TIMELINE_PAGE (page);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->event_list));
      return;
    }
  gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_activate_action (GTK_WIDGET (self->event_list), "list.scroll-to-item", "u", 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->event_list));
}

static void
fv_timeline_page_dispose (GObject *object)
{
  FvTimelinePage *self = (FvTimelinePage *)object;

  if (self->kept_scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kept_scroll_tick);
  self->kept_scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), FV_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->events);

  G_OBJECT_CLASS (fv_timeline_page_parent_class)->dispose (object);
}

static void
fv_timeline_page_class_init (FvTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FvPageClass *page_class = FV_PAGE_CLASS (klass);

  object_class->dispose = fv_timeline_page_dispose;
  widget_class->grab_focus = fv_timeline_page_grab_focus;
  page_class->rebuild = fv_timeline_page_rebuild;
  page_class->clear = fv_timeline_page_clear;
  page_class->session_notify = fv_timeline_page_session_notify;
  page_class->focus_first = fv_timeline_page_focus_first;

  g_type_ensure (FV_TYPE_STORY_INTRO);
  fv_ui_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/fv-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, intro);
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, charts);
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, event_list);
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, no_match_label);
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, selection);
  gtk_widget_class_bind_template_child (widget_class, FvTimelinePage, event_detail);
  gtk_widget_class_bind_template_callback (widget_class, setup_event_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_event_row);
}

static void
fv_timeline_page_init (FvTimelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
}


/**
 * fv_timeline_page_get_intro:
 *
 * Returns: (transfer none): the story's introduction, above the timeline
 */
FvStoryIntro *
fv_timeline_page_get_intro (FvTimelinePage *self)
{
  g_return_val_if_fail (FV_IS_TIMELINE_PAGE (self), NULL);

  return self->intro;
}

/**
 * fv_timeline_page_get_scroll:
 *
 * Returns: how far down the list of events is scrolled, in pixels
 */
double
fv_timeline_page_get_scroll (FvTimelinePage *self)
{
  g_return_val_if_fail (FV_IS_TIMELINE_PAGE (self), 0);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (self->list_scroller)));
}

/* The list's rows are laid out in the frames after it is made anew, and
 * its height and the place of each row change as they are: the position is
 * set again at each of the first frames after a reload (not at the
 * reader's own scrolling after them). */
#define RESTORE_SCROLL_FRAMES 12

static gboolean
restore_scroll (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  FvTimelinePage *self = FV_TIMELINE_PAGE (widget);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (self->list_scroller)), self->kept_scroll);
  if (--self->kept_scroll_frames > 0)
    return G_SOURCE_CONTINUE;

  self->kept_scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * fv_timeline_page_set_scroll:
 *
 * Scrolls the list of events to @value pixels down, once the list laid
 * out anew (after a reload) is as long as it will be.
 */
void
fv_timeline_page_set_scroll (FvTimelinePage *self,
                             double          value)
{
  g_return_if_fail (FV_IS_TIMELINE_PAGE (self));

  self->kept_scroll = value;
  self->kept_scroll_frames = RESTORE_SCROLL_FRAMES;
  if (self->kept_scroll_tick == 0)
    self->kept_scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), restore_scroll,
                                                           NULL, NULL);
}
