/* fv-chart-view-state.c — how one chart is viewed: its zoom, axis, table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The time a timeline shows, whether its axis is linear and whether the
 * chart is shown as its table belong to the chart, not to one widget: the
 * session keeps one of these for each chart of its model, every view of
 * that chart follows it, and export, print and reload read it from there.
 * GObject and the charts layer only: no GTK, so that it is tested without
 * a display.
 */
#include "config.h"

#include "fv-chart-view-state.h"
#include "fv-time-axis.h"

/* The least time a zoomed timeline shows. */
#define MIN_DAYS_SHOWN 7.0

struct _FvChartViewState
{
  GObject   parent_instance;

  char     *chart_id;
  /* The time shown, as day numbers; to_day <= from_day: all of it. */
  double    from_day, to_day;
  gboolean  linear_axis;   /* shown whole, without breaks */
  gboolean  table_shown;   /* its data as a table instead */
};

G_DEFINE_FINAL_TYPE (FvChartViewState, fv_chart_view_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHART_ID,
  PROP_FROM_DAY,
  PROP_TO_DAY,
  PROP_LINEAR_AXIS,
  PROP_TABLE_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fv_chart_view_state_finalize (GObject *object)
{
  FvChartViewState *self = (FvChartViewState *)object;

  g_clear_pointer (&self->chart_id, g_free);

  G_OBJECT_CLASS (fv_chart_view_state_parent_class)->finalize (object);
}

/* Both ends at once: a listener never sees a window of one old end and
 * one new. */
static void
set_window (FvChartViewState *self,
            double            from_day,
            double            to_day)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->from_day != from_day)
    {
      self->from_day = from_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_DAY]);
    }
  if (self->to_day != to_day)
    {
      self->to_day = to_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_DAY]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
fv_chart_view_state_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  FvChartViewState *self = FV_CHART_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_FROM_DAY:
      g_value_set_double (value, self->from_day);
      break;
    case PROP_TO_DAY:
      g_value_set_double (value, self->to_day);
      break;
    case PROP_LINEAR_AXIS:
      g_value_set_boolean (value, self->linear_axis);
      break;
    case PROP_TABLE_SHOWN:
      g_value_set_boolean (value, self->table_shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_chart_view_state_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  FvChartViewState *self = FV_CHART_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_CHART_ID:
      self->chart_id = g_value_dup_string (value);
      break;
    case PROP_FROM_DAY:
      set_window (self, g_value_get_double (value), self->to_day);
      break;
    case PROP_TO_DAY:
      set_window (self, self->from_day, g_value_get_double (value));
      break;
    case PROP_LINEAR_AXIS:
      fv_chart_view_state_set_linear_axis (self, g_value_get_boolean (value));
      break;
    case PROP_TABLE_SHOWN:
      fv_chart_view_state_set_table_shown (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_chart_view_state_class_init (FvChartViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_chart_view_state_finalize;
  object_class->get_property = fv_chart_view_state_get_property;
  object_class->set_property = fv_chart_view_state_set_property;

  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The first day a zoomed timeline shows, as a day number; with
   * to-day at or before it, the whole timeline is shown. */
  properties[PROP_FROM_DAY] =
    g_param_spec_double ("from-day", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The day after the last one shown. */
  properties[PROP_TO_DAY] =
    g_param_spec_double ("to-day", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The axis linear, or (FALSE) with its longest empty stretches left out. */
  properties[PROP_LINEAR_AXIS] =
    g_param_spec_boolean ("linear-axis", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TABLE_SHOWN] =
    g_param_spec_boolean ("table-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_chart_view_state_init (FvChartViewState *self)
{
}

FvChartViewState *
fv_chart_view_state_new (const char *chart_id)
{
  g_return_val_if_fail (chart_id != NULL, NULL);

  return g_object_new (FV_TYPE_CHART_VIEW_STATE, "chart-id", chart_id, NULL);
}

const char *
fv_chart_view_state_get_chart_id (FvChartViewState *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), NULL);

  return self->chart_id;
}

double
fv_chart_view_state_get_from_day (FvChartViewState *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), 0);

  return self->from_day;
}

double
fv_chart_view_state_get_to_day (FvChartViewState *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), 0);

  return self->to_day;
}

/**
 * fv_chart_view_state_is_zoomed:
 *
 * Returns: whether a part of the timeline is shown, not all of it
 */
gboolean
fv_chart_view_state_is_zoomed (FvChartViewState *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), FALSE);

  return self->to_day > self->from_day;
}

/**
 * fv_chart_view_state_show:
 * @model: @chart: the chart as it is now, to keep the window on its events
 * @from_day: @to_day: the time to show; @to_day <= @from_day for all of it
 *
 * Shows @from_day to @to_day of @chart, or the whole when that is as much
 * or more (or empty, or the chart is no timeline); never panned off the
 * events altogether, never less than a week.
 */
void
fv_chart_view_state_show (FvChartViewState *self,
                          FvModel          *model,
                          const FvChart    *chart,
                          double            from_day,
                          double            to_day)
{
  double all_from, all_to;

  g_return_if_fail (FV_IS_CHART_VIEW_STATE (self));
  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (chart != NULL);

  if (!fv_chart_get_time_span (model, chart, &all_from, &all_to))
    {
      set_window (self, 0, 0);
      return;
    }
  /* The margin the drawing gives the whole. */
  fv_time_range_pad (&all_from, &all_to);
  if (!fv_time_window_clamp (&from_day, &to_day, all_from, all_to, MIN_DAYS_SHOWN))
    from_day = to_day = 0;
  set_window (self, from_day, to_day);
}

gboolean
fv_chart_view_state_get_linear_axis (FvChartViewState *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), FALSE);

  return self->linear_axis;
}

/**
 * fv_chart_view_state_set_linear_axis:
 *
 * Shows the whole timeline on a linear axis, or (%FALSE, the default) with
 * its longest empty stretches left out and marked.
 */
void
fv_chart_view_state_set_linear_axis (FvChartViewState *self,
                                     gboolean          linear)
{
  g_return_if_fail (FV_IS_CHART_VIEW_STATE (self));

  linear = !!linear;
  if (self->linear_axis == linear)
    return;
  self->linear_axis = linear;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINEAR_AXIS]);
}

gboolean
fv_chart_view_state_get_table_shown (FvChartViewState *self)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), FALSE);

  return self->table_shown;
}

void
fv_chart_view_state_set_table_shown (FvChartViewState *self,
                                     gboolean          shown)
{
  g_return_if_fail (FV_IS_CHART_VIEW_STATE (self));

  shown = !!shown;
  if (self->table_shown == shown)
    return;
  self->table_shown = shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE_SHOWN]);
}

/**
 * fv_chart_view_state_get_time:
 * @time: (out): the time shown, as drawing, export and print take it
 *
 * Returns: whether the timeline is zoomed in
 */
gboolean
fv_chart_view_state_get_time (FvChartViewState *self,
                              FvChartTime      *time)
{
  g_return_val_if_fail (FV_IS_CHART_VIEW_STATE (self), FALSE);
  g_return_val_if_fail (time != NULL, FALSE);

  time->from_day = self->to_day > self->from_day ? self->from_day : 0;
  time->to_day = self->to_day > self->from_day ? self->to_day : 0;
  time->linear_axis = self->linear_axis;
  return self->to_day > self->from_day;
}
