/* fv-chart-view.c — a chart of the model, in a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin view: drawing, hit-testing and descriptions are the charts
 * layer's. This widget adds what a window needs: the theme's colours, a
 * tooltip for the mark under the pointer, selection by click (moving
 * between marks with the keyboard is fv-chart-view-keys.c's). The
 * language, the search and the selected event are the session's: a timeline
 * shows the event selected anywhere, and an event chosen here is selected
 * everywhere.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fv-chart.h"
#include "fv-chart-view-private.h"

G_DEFINE_FINAL_TYPE (FvChartView, fv_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CHART_ID,
  PROP_SELECTED_ID,
  N_PROPS
};

enum {
  MARK_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Dark and high contrast as libadwaita's style manager has them (the
 * desktop's preference, or the application's colour scheme): the same
 * choice as the widgets around the chart, whatever theme GTK names. */
void
fv_chart_view_get_style (FvChartView  *self,
                         FvChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  fv_chart_style_init_full (style, adw_style_manager_get_dark (manager),
                            adw_style_manager_get_high_contrast (manager));
  style->left_out = FV_CHART_LEFT_OUT_IN_TABLE;
}

/* What a drawing of the chart takes from the session: its languages, and
 * the time the chart's state shows. */
void
fv_chart_view_get_chart_state (FvChartView  *self,
                               FvChartState *state)
{
  FvChartTime time;

  fv_chart_view_state_get_time (self->state, &time);
  *state = (FvChartState) { fv_session_get_languages (self->session), NULL, NULL, NULL,
                            time.from_day, time.to_day, time.linear_axis };
}

static void
fv_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  FvChartView *self = FV_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  FvChartState state;
  int overview = FV_CHART_VIEW_OVERVIEW_HEIGHT;
  FvChartStyle style;
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  fv_chart_view_get_chart_state (self, &state);
  state.title_inset_width = self->inset_width;
  state.title_inset_height = self->inset_height;
  state.selected_id = self->selected_id;
  state.matches = self->matches;
  if (gtk_widget_has_focus (widget))
    state.focus_id = self->focus_id;

  fv_chart_view_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_clear_pointer (&self->marks, g_array_unref);
  memset (&self->handle, 0, sizeof self->handle);
  if (fv_chart_view_has_overview (self, height))
    {
      /* Zoomed in: the whole time in a strip under the chart, the window
       * shown as its handle. */
      self->marks = fv_chart_draw_marks (cr, self->model, self->chart, width, height - overview,
                                         &style, &state);
      cairo_save (cr);
      cairo_translate (cr, 0, height - overview);
      cairo_rectangle (cr, 0, 0, width, overview);
      cairo_clip (cr);
      fv_chart_draw_overview (cr, self->model, self->chart, width, overview, &style,
                              state.from_day, state.to_day, &self->handle);
      cairo_restore (cr);
      self->handle.y += height - overview;
    }
  else
    self->marks = fv_chart_draw_marks (cr, self->model, self->chart, width, height, &style,
                                       &state);
  cairo_destroy (cr);
}

/**
 * fv_chart_view_set_title_inset:
 * @width: @height: the box at the chart's top right corner, from its right
 *   edge and its top, that what stands over the chart takes
 *
 * The chart's title and subtitle keep clear of it on screen; a copy, an
 * export or a print, which have no buttons over them, keeps no room.
 */
void
fv_chart_view_set_title_inset (FvChartView *self,
                               double       width,
                               double       height)
{
  g_return_if_fail (FV_IS_CHART_VIEW (self));

  if (self->inset_width == width && self->inset_height == height)
    return;
  self->inset_width = width;
  self->inset_height = height;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * fv_chart_view_get_title_rect:
 * @title: (out): where the chart's title is drawn, in the view's coordinates
 * @subtitle: (out) (optional): its subtitle's; all 0 where it has none
 *
 * Returns: whether the chart is drawn, and @title set
 */
gboolean
fv_chart_view_get_title_rect (FvChartView *self,
                              FvChartRect *title,
                              FvChartRect *subtitle)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  FvChartState state;
  FvChartStyle style;

  g_return_val_if_fail (FV_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  if (self->chart == NULL || width <= 0 || height <= 0)
    return FALSE;
  if (fv_chart_view_has_overview (self, height))
    height -= FV_CHART_VIEW_OVERVIEW_HEIGHT;
  fv_chart_view_get_chart_state (self, &state);
  state.title_inset_width = self->inset_width;
  state.title_inset_height = self->inset_height;
  fv_chart_view_get_style (self, &style);
  return fv_chart_get_title_rect (self->model, self->chart, width, height, &style, &state, title,
                                  subtitle);
}

/**
 * fv_chart_view_get_mark_at:
 *
 * Returns: (nullable): the mark at (@x, @y) of what was last drawn: a dot,
 *   a span, a title, or a cluster mark
 */
const FvChartMark *
fv_chart_view_get_mark_at (FvChartView *self,
                           double       x,
                           double       y)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW (self), NULL);

  if (self->chart == NULL || self->marks == NULL)
    return NULL;
  return fv_chart_marks_hit (self->marks, x, y);
}

/* Hit-testing uses the marks of what is on screen: no new layout per
 * pointer motion, which a chart of 100,000 events would feel. */
static const char *
hit_test (FvChartView *self,
          double       x,
          double       y)
{
  if (self->chart == NULL || self->marks == NULL)
    return NULL;

  return fv_chart_marks_hit_test (self->marks, x, y);
}

static gboolean
fv_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard,
                             GtkTooltip *tooltip)
{
  FvChartView *self = FV_CHART_VIEW (widget);
  const char *id = keyboard ? self->focus_id : hit_test (self, x, y);
  g_autofree char *text = NULL;
  FvChartRect rect;

  if (id == NULL)
    return FALSE;

  text = fv_chart_describe_mark (self->model, self->chart, id,
                                 fv_session_get_languages (self->session));
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  if (self->marks != NULL && fv_chart_marks_get_rect (self->marks, id, &rect))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { rect.x, rect.y, rect.width,
                                                         rect.height });
  return TRUE;
}

/* The default handler of ::mark-activated: an event is selected in the
 * session, for every view; another mark (a figure) in this chart alone. */
static void
fv_chart_view_mark_activated (FvChartView *self,
                              const char  *id)
{
  if (self->chart != NULL && self->chart->type == FV_CHART_TIMELINE &&
      fv_model_lookup_event (self->model, id) != NULL)
    fv_session_set_selected_id (self->session, id);
  else
    fv_chart_view_set_selected_id (self, id);
}

void
fv_chart_view_activate_mark (FvChartView *self,
                             const char  *id)
{
  g_signal_emit (self, signals[MARK_ACTIVATED], 0, id);
}

/* A click selects the mark under it; on a cluster ("3 events") it zooms to
 * the cluster's events, which then have room; a double click on a period
 * zooms to the period. */
static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   FvChartView     *self)
{
  const FvChartMark *mark = fv_chart_view_get_mark_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (mark == NULL)
    return;

  if (mark->cluster)
    {
      fv_chart_view_zoom_to_mark (self, mark);
      return;
    }
  if (n_press == 2 && fv_chart_view_zoom_to_mark (self, mark))
    return;

  g_free (self->focus_id);
  self->focus_id = g_strdup (mark->id);
  fv_chart_view_activate_mark (self, self->focus_id);
}

/* ---- Copy --------------------------------------------------------------- */

/**
 * fv_chart_view_copy:
 *
 * Puts the chart on the clipboard as an image: at twice its size on
 * screen, in the light style that exports have, the zoom as it is; and
 * as plain text, its alternative text (the description an exported
 * file carries), for where the image is pasted into a page that asks
 * for one, or where only text can go.
 */
void
fv_chart_view_copy (FvChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  FvChartState state;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  g_autofree char *description = NULL;
  GdkContentProvider *offers[2];
  cairo_surface_t *surface;
  FvChartStyle style;
  cairo_t *cr;

  g_return_if_fail (FV_IS_CHART_VIEW (self));

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  fv_chart_view_get_chart_state (self, &state);
  fv_chart_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * 2, height * 2);
  cr = cairo_create (surface);
  cairo_scale (cr, 2, 2);
  fv_chart_draw (cr, self->model, self->chart, width, height, &style, &state);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format, premultiplied. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height * 2);
  texture = gdk_memory_texture_new (width * 2, height * 2, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  /* GDK offers a texture as PNG (and the other image formats it writes),
   * a string as plain text, UTF-8. */
  description = fv_chart_describe (self->model, self->chart, state.languages);
  offers[0] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
  offers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, description);
  content = gdk_content_provider_new_union (offers, G_N_ELEMENTS (offers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
}

static void
on_focus_changed (FvChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (FvChartView *self)
{
  g_autofree char *description = NULL;

  if (self->chart == NULL)
    return;

  {
    g_autofree char *chart = fv_chart_describe (self->model, self->chart,
                                                fv_session_get_languages (self->session));

    /* translators: after a chart's description for screen readers */
    description = g_strdup_printf (_("%s Ctrl+T shows its data as a table."), chart);
  }
  /* The same data as a table: the window's Ctrl+T. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, "Control+t", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fv_model_text_in (self->model, &self->chart->title,
                                                    fv_chart_get_language (
                                                      self->model, self->chart,
                                                      fv_session_get_languages (self->session))),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
on_languages_changed (FvChartView *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_matches_changed (FvChartView *self)
{
  GHashTable *matches = fv_session_get_event_matches (self->session);

  if (self->matches == matches)
    return;

  g_clear_pointer (&self->matches, g_hash_table_unref);
  self->matches = matches ? g_hash_table_ref (matches) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_selected_changed (FvChartView *self)
{
  if (self->chart != NULL && self->chart->type == FV_CHART_TIMELINE)
    fv_chart_view_set_selected_id (self, fv_session_get_selected_id (self->session));
}

/* A zoom or an axis changed, here or in another view of the chart. */
static void
on_state_changed (FvChartView *self,
                  GParamSpec  *pspec)
{
  if (g_str_equal (pspec->name, "table-shown"))
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fv_chart_view_dispose (GObject *object)
{
  FvChartView *self = (FvChartView *)object;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);
  g_clear_object (&self->session);
  g_clear_object (&self->model);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  self->chart = NULL;

  G_OBJECT_CLASS (fv_chart_view_parent_class)->dispose (object);
}

static void
fv_chart_view_finalize (GObject *object)
{
  FvChartView *self = (FvChartView *)object;

  g_clear_pointer (&self->chart_id, g_free);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->focus_id, g_free);

  G_OBJECT_CLASS (fv_chart_view_parent_class)->finalize (object);
}

static void
fv_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  FvChartView *self = FV_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FvChartView *self = FV_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_CHART_ID:
      self->chart_id = g_value_dup_string (value);
      break;
    case PROP_SELECTED_ID:
      fv_chart_view_set_selected_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_chart_view_constructed (GObject *object)
{
  FvChartView *self = FV_CHART_VIEW (object);

  G_OBJECT_CLASS (fv_chart_view_parent_class)->constructed (object);

  g_return_if_fail (FV_IS_SESSION (self->session));
  g_return_if_fail (fv_session_get_model (self->session) != NULL);

  self->model = g_object_ref (fv_session_get_model (self->session));
  if (self->chart_id != NULL)
    self->chart = fv_model_lookup_chart (self->model, self->chart_id);
  /* Every view of the chart follows one state; a chart the model does
   * not have is drawn by no one, and keeps one of its own. */
  self->state = self->chart != NULL ? fv_session_get_chart_state (self->session, self->chart_id)
                                    : NULL;
  self->state = self->state != NULL ? g_object_ref (self->state)
                                    : fv_chart_view_state_new (self->chart_id ? self->chart_id : "");
  g_signal_connect_object (self->state, "notify", G_CALLBACK (on_state_changed), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->session, "notify::languages",
                           G_CALLBACK (on_languages_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::event-matches",
                           G_CALLBACK (on_matches_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::selected-id",
                           G_CALLBACK (on_selected_changed), self, G_CONNECT_SWAPPED);
  on_matches_changed (self);
  on_selected_changed (self);
  update_accessible (self);
}

static void
fv_chart_view_class_init (FvChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_chart_view_dispose;
  object_class->finalize = fv_chart_view_finalize;
  object_class->get_property = fv_chart_view_get_property;
  object_class->set_property = fv_chart_view_set_property;
  object_class->constructed = fv_chart_view_constructed;

  widget_class->snapshot = fv_chart_view_snapshot;
  widget_class->query_tooltip = fv_chart_view_query_tooltip;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FV_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FvChartView::mark-activated:
   * @id: the id of the event or figure
   *
   * A mark was clicked, or chosen with the keyboard; an event is then the
   * session's selection.
   */
  signals[MARK_ACTIVATED] =
    g_signal_new_class_handler ("mark-activated", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (fv_chart_view_mark_activated),
                                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
fv_chart_view_init (FvChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  fv_chart_view_add_key_controller (self);
  fv_chart_view_add_zoom_controllers (self);

  /* A new style (dark, high contrast): a new palette, drawn at once. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/**
 * fv_chart_view_new:
 * @session: a session with a model
 * @chart_id: a chart of that model
 */
GtkWidget *
fv_chart_view_new (FvSession  *session,
                   const char *chart_id)
{
  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (chart_id != NULL, NULL);

  return g_object_new (FV_TYPE_CHART_VIEW, "session", session, "chart-id", chart_id, NULL);
}

const FvChart *
fv_chart_view_get_chart (FvChartView *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW (self), NULL);

  return self->chart;
}


void
fv_chart_view_set_selected_id (FvChartView *self,
                               const char  *id)
{
  g_return_if_fail (FV_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  if (id != NULL)
    {
      g_free (self->focus_id);
      self->focus_id = g_strdup (id);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

