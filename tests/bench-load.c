/* bench-load.c — the loader beside json-glib's bare parse of the same bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-load model|json-glib|scan FILE [RUNS]: loads FILE RUNS times and prints
 * the median wall time. Run it under /usr/bin/time -v for peak memory.
 */
#include "config.h"

#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "fv-json-scan.h"
#include "fv-model.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree double *times = NULL;
  gboolean model_mode, scan_mode;
  char *data;
  gsize length;
  int runs;

  if (argc < 3)
    {
      g_printerr ("usage: %s model|json-glib|scan FILE [RUNS]\n", argv[0]);
      return 2;
    }

  model_mode = g_str_equal (argv[1], "model");
  scan_mode = g_str_equal (argv[1], "scan");
  runs = argc > 3 ? atoi (argv[3]) : 5;
  if (!g_file_get_contents (argv[2], &data, &length, NULL))
    return 1;
  bytes = g_bytes_new_take (data, length);
  times = g_new0 (double, runs);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (scan_mode)
        {
          g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

          if (!fv_json_check (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              FV_MODEL_MAX_DEPTH, problems))
            g_error ("not strict JSON");
        }
      else if (model_mode)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(FvModel) model = fv_model_new_from_bytes (bytes, argv[2], NULL, &error);

          if (model == NULL)
            g_error ("%s", error->message);
        }
      else
        {
          g_autoptr(JsonParser) parser = json_parser_new_immutable ();
          g_autoptr(GError) error = NULL;

          if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                           g_bytes_get_size (bytes), &error))
            g_error ("%s", error->message);
        }

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  g_print ("%s: median %.1f ms over %d runs\n", argv[1], times[runs / 2], runs);

  return 0;
}
