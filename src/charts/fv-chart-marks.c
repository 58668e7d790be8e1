/* fv-chart-marks.c — which mark of a drawing is under a point, and where one is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A drawing (fv_chart_draw_marks()) says where it put each piece of a
 * mark; the window asks these which one the pointer is on, and where to
 * show the one the keyboard chose.
 */
#include "config.h"

#include "fv-chart-private.h"

static gboolean
rect_contains (const FvChartRect *rect,
               double             x,
               double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/**
 * fv_chart_marks_hit_test:
 * @marks: (element-type FvChartMark): from fv_chart_draw_marks()
 *
 * Returns: (nullable): the id of the mark drawn at (@x, @y), the topmost
 */
const char *
fv_chart_marks_hit_test (GArray *marks,
                         double  x,
                         double  y)
{
  const FvChartMark *mark = fv_chart_marks_hit (marks, x, y);

  return mark != NULL ? mark->id : NULL;
}

/**
 * fv_chart_marks_hit:
 * @marks: (element-type FvChartMark): from fv_chart_draw_marks()
 *
 * Returns: (nullable): the mark drawn at (@x, @y), the topmost
 */
const FvChartMark *
fv_chart_marks_hit (GArray *marks,
                    double  x,
                    double  y)
{
  g_return_val_if_fail (marks != NULL, NULL);

  /* The last drawn is on top. */
  for (guint i = marks->len; i > 0; i--)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i - 1);

      if (rect_contains (&mark->rect, x, y))
        return mark;
    }

  return NULL;
}

/**
 * fv_chart_marks_get_rect:
 * @marks: (element-type FvChartMark): from fv_chart_draw_marks()
 *
 * Returns: whether @id is among @marks; @rect is then the union of its
 *   pieces (a dot, a span, a label)
 */
gboolean
fv_chart_marks_get_rect (GArray      *marks,
                         const char  *id,
                         FvChartRect *rect)
{
  gboolean found = FALSE;

  g_return_val_if_fail (marks != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < marks->len; i++)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i);

      if (!g_str_equal (mark->id, id))
        continue;

      if (!found)
        *rect = mark->rect;
      else
        {
          double x1 = MAX (rect->x + rect->width, mark->rect.x + mark->rect.width);
          double y1 = MAX (rect->y + rect->height, mark->rect.y + mark->rect.height);

          rect->x = MIN (rect->x, mark->rect.x);
          rect->y = MIN (rect->y, mark->rect.y);
          rect->width = x1 - rect->x;
          rect->height = y1 - rect->y;
        }
      found = TRUE;
    }

  return found;
}
