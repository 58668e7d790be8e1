/* fuzz-replay.c — a fuzz target's corpus replayed as a test, no libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-replay CORPUS_DIR: every file of the folder, in name order, through
 * the target's LLVMFuzzerTestOneInput(), one TAP line a file. The corpus
 * holds the seeds and every input that ever found something, so each past
 * finding stays a regression test of the ordinary suite (and of its
 * sanitizer run). A finding aborts, as under libFuzzer; the file being run
 * is named on standard error first.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s CORPUS_DIR\n", argv[0]);
      return 2;
    }

  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      printf ("Bail out! %s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  LLVMFuzzerInitialize (&argc, &argv);

  /* An empty corpus would pass without testing anything. */
  if (names->len == 0)
    {
      printf ("Bail out! no input in %s\n", argv[1]);
      return 1;
    }

  printf ("1..%u\n", names->len);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (argv[1], names->pdata[i], NULL);
      g_autofree char *contents = NULL;
      gsize size;

      fprintf (stderr, "# %s\n", path);
      if (!g_file_get_contents (path, &contents, &size, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 1, (char *) names->pdata[i], error->message);
          g_clear_error (&error);
          continue;
        }
      /* A copy of exactly SIZE bytes, so that the sanitizers see a read
       * past the input's end, as libFuzzer's own copy lets them. */
      {
        g_autofree guint8 *data = g_memdup2 (contents, size);

        LLVMFuzzerTestOneInput (data, size);
      }
      printf ("ok %u - %s\n", i + 1, (char *) names->pdata[i]);
      fflush (stdout);
    }

  return 0;
}
