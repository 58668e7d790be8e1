/* bench-charts.c — drawing and export, against what they are measured by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-charts draw MODEL CHART WIDTH HEIGHT RUNS
 *   the median time of drawing CHART at WIDTH × HEIGHT on an image surface
 * bench-charts export MODEL CHART WIDTH HEIGHT SCALE RUNS
 *   the median time of exporting it as PNG (drawing, encoding, writing)
 * bench-charts zoom MODEL CHART WIDTH HEIGHT RUNS
 *   the median time of a zoom step: the timeline drawn at each of eight
 *   windows, from the whole down by 1.5 a step about the middle
 * bench-charts blank WIDTH HEIGHT SCALE RUNS
 *   the median time of encoding a blank surface of that size as PNG
 */
#include "config.h"

#include "bench-common.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "fv-chart-export.h"

static FvModel *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  FvModel *model = fv_model_new_from_file (file, NULL, NULL, &error);

  if (model == NULL)
    g_error ("%s", error->message);
  return model;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree double *times = NULL;
  g_autofree char *tmp_dir = g_dir_make_tmp ("fv-bench-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (tmp_dir, "chart.png", NULL);
  FvChartStyle style;
  int runs;

  fv_chart_style_init (&style, FALSE);

  if (argc == 7 && g_str_equal (argv[1], "draw"))
    {
      g_autoptr(FvModel) model = load (argv[2]);
      const FvChart *chart = fv_model_lookup_chart (model, argv[3]);
      int width = atoi (argv[4]), height = atoi (argv[5]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

      runs = atoi (argv[6]);
      times = g_new0 (double, runs);
      for (int i = 0; i < runs; i++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 start = g_get_monotonic_time ();

          fv_chart_draw (cr, model, chart, width, height, &style, NULL);
          cairo_surface_flush (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
          cairo_destroy (cr);
        }
      cairo_surface_destroy (surface);
    }
  else if (argc == 7 && g_str_equal (argv[1], "zoom"))
    {
      g_autoptr(FvModel) model = load (argv[2]);
      const FvChart *chart = fv_model_lookup_chart (model, argv[3]);
      int width = atoi (argv[4]), height = atoi (argv[5]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      FvChartState state = { 0 };
      double first, after;

      if (!fv_chart_get_time_span (model, chart, &first, &after))
        g_error ("“%s” is not a timeline with events", argv[3]);
      /* What the first drawing gathers once, before the steps are timed. */
      {
        cairo_t *cr = cairo_create (surface);

        fv_chart_draw (cr, model, chart, width, height, &style, NULL);
        cairo_destroy (cr);
      }
      runs = atoi (argv[6]);
      times = g_new0 (double, runs);
      for (int i = 0; i < runs; i++)
        {
          double span = (after - first) / pow (1.5, i % 8), middle = (first + after) / 2;
          cairo_t *cr = cairo_create (surface);
          gint64 start;

          state.from_day = middle - span / 2;
          state.to_day = middle + span / 2;
          start = g_get_monotonic_time ();
          fv_chart_draw (cr, model, chart, width, height, &style, &state);
          cairo_surface_flush (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
          cairo_destroy (cr);
        }
      cairo_surface_destroy (surface);
    }
  else if (argc == 8 && g_str_equal (argv[1], "export"))
    {
      g_autoptr(FvModel) model = load (argv[2]);
      const FvChart *chart = fv_model_lookup_chart (model, argv[3]);

      runs = atoi (argv[7]);
      times = g_new0 (double, runs);
      for (int i = 0; i < runs; i++)
        {
          g_autoptr(GError) error = NULL;
          gint64 start = g_get_monotonic_time ();

          if (!fv_chart_export (model, chart, FV_CHART_FORMAT_PNG, atoi (argv[4]), atoi (argv[5]),
                                atoi (argv[6]), &style, NULL, NULL, png, &error))
            g_error ("%s", error->message);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
    }
  else if (argc == 6 && g_str_equal (argv[1], "blank"))
    {
      int scale = atoi (argv[4]);

      runs = atoi (argv[5]);
      times = g_new0 (double, runs);
      for (int i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                                 atoi (argv[2]) * scale,
                                                                 atoi (argv[3]) * scale);

          cairo_surface_write_to_png (surface, png);
          cairo_surface_destroy (surface);
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
        }
    }
  else
    {
      g_printerr ("usage: see the top of %s\n", __FILE__);
      return 2;
    }

  g_unlink (png);
  g_rmdir (tmp_dir);
  g_print ("%.3f\n", bench_median (times, runs, NULL));
  return 0;
}
