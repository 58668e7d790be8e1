/* fv-chart-view-zoom.c — a timeline zoomed and panned by the reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The time a timeline shows is the chart's state in the session
 * (FvChartViewState), not the model's: the charts layer draws any window of
 * time (fv-time-axis.c has the arithmetic), and this changes it. Ctrl+wheel and a pinch zoom about the pointer; a drag,
 * the horizontal wheel or Shift+wheel pan; the keys +, - and 0 zoom, Shift
 * and the arrows pan, L switches between the axis with its longest empty
 * stretches left out and the linear one. A click on a cluster ("3
 * events") or a double click on a span zooms to its time. The overview
 * strip under a zoomed timeline drags the window across the whole, and
 * its handle's edges make the window longer or shorter. The buttons
 * beside the chart (fv-chart-panel.c) zoom as the keys do.
 */
#include "config.h"

#include <math.h>

#include "fv-chart-view-private.h"

/* As FvChartViewState keeps it, for the handle's edges and the zoom. */
#define MIN_DAYS_SHOWN 7.0

/* The time of all the chart's events, with the margin the drawing gives
 * it. FALSE for a chart that is not a timeline. */
static gboolean
get_whole (FvChartView *self,
           double      *from,
           double      *to)
{
  if (self->chart == NULL || !fv_chart_get_time_span (self->model, self->chart, from, to))
    return FALSE;
  fv_time_range_pad (from, to);
  return TRUE;
}

/* The axis the chart has at its size now, as the next drawing will have
 * it: laid out afresh, since a zoom or a change of axis since the last
 * frame has made that one's out of date. */
static FvTimeAxis
current_axis (FvChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  FvChartState state;
  FvChartStyle style;
  FvTimeAxis axis;
  double from, to;

  fv_chart_view_get_chart_state (self, &state);
  if (fv_chart_view_has_overview (self, height))
    height -= FV_CHART_VIEW_OVERVIEW_HEIGHT;
  fv_chart_view_get_style (self, &style);
  if (self->chart != NULL && width > 0 && height > 0 &&
      fv_chart_get_time_axis (self->model, self->chart, width, height, &style, &state, &axis))
    return axis;

  /* Not laid out (a chart too small, or not yet given a size): linear,
   * across the width. */
  if (fv_chart_view_state_is_zoomed (self->state))
    from = state.from_day, to = state.to_day;
  else if (!get_whole (self, &from, &to))
    from = 0, to = 1;
  fv_time_axis_init_linear (&axis, from, to, 0, MAX (width, 1));
  return axis;
}

/* A zoomed timeline tall enough for a strip under it. */
gboolean
fv_chart_view_has_overview (FvChartView *self,
                            int          height)
{
  return self->chart != NULL && self->chart->type == FV_CHART_TIMELINE &&
         fv_chart_view_state_is_zoomed (self->state) && height > 3 * FV_CHART_VIEW_OVERVIEW_HEIGHT;
}

/* Shows FROM to TO, or the whole when that is as much or more (or
 * empty): the chart's state decides, and every view of it follows. */
static void
set_window (FvChartView *self,
            double       from,
            double       to)
{
  if (self->chart != NULL)
    fv_chart_view_state_show (self->state, self->model, self->chart, from, to);
}

static gboolean
is_timeline (FvChartView *self)
{
  return self->chart != NULL && self->chart->type == FV_CHART_TIMELINE;
}

static gboolean
is_zoomed (FvChartView *self)
{
  return fv_chart_view_state_is_zoomed (self->state);
}

/* Zooms by FACTOR (below 1: in) about the pixel X of AXIS, the chart's
 * now. Out from the whole there is nothing more to show. */
static void
zoom_on (FvChartView      *self,
         const FvTimeAxis *axis,
         double            factor,
         double            x)
{
  double from, to;

  if (!is_timeline (self) || (factor > 1 && !is_zoomed (self)))
    return;
  fv_time_axis_zoom (axis, x, factor, &from, &to);
  /* In past the least the state shows: the least, about the same day
   * (the state would keep the window's start, and a zoom in at the least
   * would pan it). */
  if (to > from && to - from < MIN_DAYS_SHOWN)
    {
      double day = fv_time_axis_day (axis, x);

      from = day - (day - from) * MIN_DAYS_SHOWN / (to - from);
      to = from + MIN_DAYS_SHOWN;
    }
  set_window (self, from, to);
}

/* About the pixel X, for the wheel. */
static void
zoom_at (FvChartView *self,
         double       factor,
         double       x)
{
  FvTimeAxis axis = current_axis (self);

  zoom_on (self, &axis, factor, x);
}

/* About the middle of the axis, for the keys. */
static void
zoom_middle (FvChartView *self,
             double       factor)
{
  FvTimeAxis axis = current_axis (self);
  double middle = (axis.segments[0].x0 + axis.segments[axis.n_segments - 1].x1) / 2;

  zoom_on (self, &axis, factor, middle);
}

/* Pans a zoomed timeline by FRACTION of the time it shows. */
static void
pan (FvChartView *self,
     double       fraction)
{
  double from = fv_chart_view_state_get_from_day (self->state);
  double to = fv_chart_view_state_get_to_day (self->state);

  if (!is_zoomed (self))
    return;
  set_window (self, from + (to - from) * fraction, to + (to - from) * fraction);
}

/* Pans by PIXELS of the axis. */
static void
pan_pixels (FvChartView *self,
            double       pixels)
{
  FvTimeAxis axis = current_axis (self);
  double days = pixels / fv_time_axis_px_per_day (&axis);

  if (!is_zoomed (self))
    return;
  set_window (self, fv_chart_view_state_get_from_day (self->state) + days,
              fv_chart_view_state_get_to_day (self->state) + days);
}

/**
 * fv_chart_view_zoom_to_mark:
 *
 * A cluster or a span shown across the width, with a margin: what a click
 * on "3 events" or a double click on a period does.
 *
 * Returns: whether @mark has a time to zoom to
 */
gboolean
fv_chart_view_zoom_to_mark (FvChartView       *self,
                            const FvChartMark *mark)
{
  double from, to, margin;

  if (!is_timeline (self) || mark == NULL || mark->to_day <= mark->from_day)
    return FALSE;

  from = mark->from_day;
  to = mark->to_day;
  margin = MAX ((to - from) * 0.15, MIN_DAYS_SHOWN);
  set_window (self, from - margin, to + margin);
  return TRUE;
}

/* Ctrl+wheel zooms about the pointer, as in maps and image viewers; the
 * horizontal wheel, or Shift and the wheel, pan. */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           FvChartView              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
    GTK_EVENT_CONTROLLER (controller));
  gboolean smooth = gtk_event_controller_scroll_get_unit (controller) ==
                    GDK_SCROLL_UNIT_SURFACE;
  double step = smooth ? 1 : 40;

  if (!is_timeline (self))
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      if (dy == 0)
        return FALSE;
      zoom_at (self, dy < 0 ? 1 / 1.25 : 1.25, self->pointer_x);
      return TRUE;
    }

  if ((state & GDK_SHIFT_MASK) && dx == 0)
    dx = dy;
  else if (state & GDK_SHIFT_MASK)
    dx += dy;
  if (dx == 0 || !is_zoomed (self))
    return FALSE;
  pan_pixels (self, dx * step);
  return TRUE;
}

#define EDGE_GRAB 6.0  /* pixels either side of a handle's edge that grab it */

/* Which edge of the overview's handle is at (X, Y): -1 the left, 1 the
 * right, 0 neither. */
static int
handle_edge_at (FvChartView *self,
                double       x,
                double       y)
{
  const FvChartRect *handle = &self->handle;

  if (handle->width <= 0 || y < handle->y || y > handle->y + handle->height)
    return 0;
  if (fabs (x - handle->x) <= EDGE_GRAB)
    return -1;
  if (fabs (x - (handle->x + handle->width)) <= EDGE_GRAB)
    return 1;
  return 0;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           FvChartView              *self)
{
  self->pointer_x = x;
  /* The handle's edges resize it, as in vis-timeline's range selector. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   handle_edge_at (self, x, y) != 0 ? "ew-resize" : NULL);
}

/* The window shown, centred on the day at X of the overview strip. */
static void
center_on_overview (FvChartView *self,
                    double       x)
{
  double span = self->drag_to - self->drag_from;
  double day = fv_chart_overview_day_at (self->model, self->chart,
                                         gtk_widget_get_width (GTK_WIDGET (self)), x);

  set_window (self, day - span / 2, day + span / 2);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               FvChartView    *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!is_timeline (self) || !is_zoomed (self))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_from = fv_chart_view_state_get_from_day (self->state);
  self->drag_to = fv_chart_view_state_get_to_day (self->state);
  /* In the strip: the handle goes where the pointer is, and follows it. */
  self->drag_in_overview = fv_chart_view_has_overview (self, height) &&
                           y >= height - FV_CHART_VIEW_OVERVIEW_HEIGHT;
  self->drag_start_x = x;
  self->drag_edge = self->drag_in_overview ? handle_edge_at (self, x, y) : 0;
  if (self->drag_in_overview)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      if (self->drag_edge == 0)
        center_on_overview (self, x);
    }
}

/* An edge of the handle dragged to X: the window grows or shrinks there,
 * its other edge where it was. */
static void
resize_on_overview (FvChartView *self,
                    double       x)
{
  double day = fv_chart_overview_day_at (self->model, self->chart,
                                         gtk_widget_get_width (GTK_WIDGET (self)), x);

  if (self->drag_edge < 0)
    set_window (self, MIN (day, self->drag_to - MIN_DAYS_SHOWN), self->drag_to);
  else
    set_window (self, self->drag_from, MAX (day, self->drag_from + MIN_DAYS_SHOWN));
}

/* A zoomed timeline follows the pointer that drags it, day for day. */
static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                FvChartView    *self)
{
  FvTimeAxis axis;
  double shift;

  if (self->drag_in_overview)
    {
      if (self->drag_edge != 0)
        resize_on_overview (self, self->drag_start_x + dx);
      else
        center_on_overview (self, self->drag_start_x + dx);
      return;
    }
  if (fabs (dx) < 3)
    return;
  axis = current_axis (self);
  shift = -dx / fv_time_axis_px_per_day (&axis);
  set_window (self, self->drag_from + shift, self->drag_to + shift);
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                FvChartView      *self)
{
  FvTimeAxis axis = current_axis (self);
  double x, y;

  if (!is_timeline (self))
    {
      gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  /* The time shown when the fingers went down: each change of scale is
   * taken from it, about the fingers' middle. */
  gtk_gesture_get_bounding_box_center (gesture, &x, &y);
  fv_time_axis_zoom (&axis, x, 1, &self->pinch_from, &self->pinch_to);
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        FvChartView    *self)
{
  FvTimeAxis now = current_axis (self), axis;
  double x, y, from, to;

  if (scale <= 0 || self->pinch_to <= self->pinch_from ||
      !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  fv_time_axis_init_linear (&axis, self->pinch_from, self->pinch_to, now.segments[0].x0,
                            now.segments[now.n_segments - 1].x1);
  fv_time_axis_zoom (&axis, x, 1 / scale, &from, &to);
  set_window (self, from, to);
}

/**
 * fv_chart_view_can_zoom:
 *
 * Returns: whether @zoom would change the time @self shows: a timeline
 *   zooms in down to a week, out and back to the whole while zoomed
 */
gboolean
fv_chart_view_can_zoom (FvChartView *self,
                        FvChartZoom  zoom)
{
  double from, to;

  g_return_val_if_fail (FV_IS_CHART_VIEW (self), FALSE);

  if (!is_timeline (self))
    return FALSE;
  if (zoom != FV_CHART_ZOOM_IN)
    return is_zoomed (self);
  if (is_zoomed (self))
    {
      from = fv_chart_view_state_get_from_day (self->state);
      to = fv_chart_view_state_get_to_day (self->state);
    }
  else if (!get_whole (self, &from, &to))
    return FALSE;
  /* At the least, FvChartViewState made it exactly that long. */
  return to - from > MIN_DAYS_SHOWN + 1e-6;
}

/**
 * fv_chart_view_zoom:
 *
 * Zooms a timeline in or out about the middle of its axis, or shows all
 * of it: the keys +, - and 0, and the buttons beside the chart.
 */
void
fv_chart_view_zoom (FvChartView *self,
                    FvChartZoom  zoom)
{
  g_return_if_fail (FV_IS_CHART_VIEW (self));

  switch (zoom)
    {
    case FV_CHART_ZOOM_IN:
      if (fv_chart_view_can_zoom (self, zoom))
        zoom_middle (self, 1 / 1.5);
      break;
    case FV_CHART_ZOOM_OUT:
      zoom_middle (self, 1.5);
      break;
    case FV_CHART_ZOOM_ALL:
      set_window (self, 0, 0);
      break;
    default:
      g_return_if_reached ();
    }
}

/**
 * fv_chart_view_zoom_key:
 *
 * Returns: whether the key zoomed or panned a timeline
 */
gboolean
fv_chart_view_zoom_key (FvChartView     *self,
                        guint            keyval,
                        GdkModifierType  state)
{
  if (!is_timeline (self) || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      fv_chart_view_zoom (self, FV_CHART_ZOOM_IN);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      fv_chart_view_zoom (self, FV_CHART_ZOOM_OUT);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      fv_chart_view_zoom (self, FV_CHART_ZOOM_ALL);
      return TRUE;
    case GDK_KEY_l:
    case GDK_KEY_L:
      fv_chart_view_state_set_linear_axis (self->state,
                                           !fv_chart_view_state_get_linear_axis (self->state));
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (!(state & GDK_SHIFT_MASK))
        return FALSE;
      pan (self, keyval == GDK_KEY_Left ? -0.2 : 0.2);
      return TRUE;
    default:
      return FALSE;
    }
}

void
fv_chart_view_add_zoom_controllers (FvChartView *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (
    GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
}
