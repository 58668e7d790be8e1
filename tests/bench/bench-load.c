/* bench-load.c — the loader beside json-glib's bare parse of the same bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-load model|json-glib|scan FILE [RUNS]: loads FILE RUNS times and prints
 * the median wall time in milliseconds.
 * bench-load rss FILE: loads FILE as the window does and prints the
 * resident memory afterwards and at its peak, in bytes, and the file's size.
 * bench-load rss-json-glib FILE: the same for json-glib's bare parse of the
 * file's bytes, the tree freed.
 *
 * Each starts as fact-viewer does (fv_gslice_from_start()), so that GLib's
 * slice allocator behaves as in the application.
 */
#include "config.h"

#include "bench-common.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fv-gslice.h"
#include "fv-json-scan.h"
#include "fv-malloc.h"
#include "fv-model.h"

/* A figure of /proc/self/status, in bytes. */
static gint64
status_bytes (const char *name)
{
  g_autofree char *status = NULL;
  const char *line;

  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  line = strstr (status, name);
  return g_ascii_strtoll (line + strlen (name), NULL, 10) * 1024;
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

  fv_gslice_from_start (argv);

  if (argc == 3 && (g_str_equal (argv[1], "rss") || g_str_equal (argv[1], "rss-json-glib")))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[2]);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(FvModel) model = NULL;

      if (g_str_equal (argv[1], "rss"))
        {
          model = fv_model_new_from_file (file, NULL, NULL, &error);
          if (model == NULL)
            g_error ("%s", error->message);
          /* As the window's loader does once it has handed the model over. */
          fv_malloc_give_back (g_file_info_get_size (info));
        }
      else
        {
          g_autoptr(JsonParser) parser = json_parser_new_immutable ();

          if (!g_file_get_contents (argv[2], &data, &length, &error) ||
              !json_parser_load_from_data (parser, data, length, &error))
            g_error ("%s", error->message);
          g_free (data);
        }

      g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GOFFSET_FORMAT "\n",
               status_bytes ("VmRSS:"), status_bytes ("VmHWM:"),
               g_file_info_get_size (info));
      return 0;
    }

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
          /* The model lives on in the window: its own freeing is not part of
           * loading it (the parse tree's is). */
          times[i] = (g_get_monotonic_time () - start) / 1000.0;
          continue;
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

  g_print ("%.3f\n", bench_median (times, runs, NULL));

  return 0;
}
