/* fv-test-charts.h — questions the chart tests ask that the program never does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program draws to these rules but has no use for asking them: the
 * contrast of two colours, whether a day is in an axis break, which events
 * a cluster mark counts. They live here, beside the tests, rather than as
 * functions of the product that only tests call.
 */
#pragma once

#include <math.h>
#include <string.h>

#include "fv-chart.h"
#include "fv-time-axis.h"

static inline double
fv_test_luminance (const FvColor *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* WCAG 2's contrast ratio of two opaque colours, from 1 to 21. */
static inline double
fv_test_contrast (const FvColor *a,
                  const FvColor *b)
{
  double la = fv_test_luminance (a), lb = fv_test_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Whether DAY is in time that one of AXIS's breaks leaves out. */
static inline gboolean
fv_test_in_break (const FvTimeAxis *axis,
                  double            day)
{
  for (guint i = 1; i < axis->n_segments; i++)
    if (day > axis->segments[i - 1].to_day && day < axis->segments[i].from_day)
      return TRUE;
  return FALSE;
}

/* The ids of the events counted in the cluster mark at (X, Y), oldest
 * first: the marks of one cluster share its rectangle. NULL when there is
 * none there. */
static inline GPtrArray *
fv_test_cluster_ids (GArray *marks,
                     double  x,
                     double  y)
{
  const FvChartMark *hit = fv_chart_marks_hit (marks, x, y);
  GPtrArray *ids;

  if (hit == NULL || !hit->cluster)
    return NULL;
  ids = g_ptr_array_new ();
  for (guint i = 0; i < marks->len; i++)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i);

      if (mark->cluster && memcmp (&mark->rect, &hit->rect, sizeof (FvChartRect)) == 0)
        g_ptr_array_add (ids, (gpointer) mark->id);
    }
  return ids;
}
