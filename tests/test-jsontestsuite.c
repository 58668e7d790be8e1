/* test-jsontestsuite.c — the loader against a JSON conformance suite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FV_JSON_TEST_SUITE names a folder of JSONTestSuite's test_parsing files:
 * y_ must be accepted as JSON, n_ rejected, i_ either. None is a fact model,
 * so what is checked is the stage that answers: n_ files end in a located
 * syntax or encoding problem; y_ files pass the JSON stage (and fail later,
 * as models) unless they hold U+0000 or a member name twice, which a fact
 * model refuses.
 */
#include "config.h"

#include <string.h>

#include "fv-model.h"

static void
test_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvProblem *first;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  model = fv_model_new_from_file (file, NULL, &problems, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  /* A hang guard, not a speed test: these files are a few bytes each. */
  g_assert_cmpfloat (seconds, <, 1.0);

  /* None of them is a fact model. */
  g_assert_null (model);
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  first = g_ptr_array_index (problems, 0);

  switch (base[0])
    {
    case 'n':
      g_assert_true (first->code == FV_MODEL_ERROR_SYNTAX ||
                     first->code == FV_MODEL_ERROR_ENCODING ||
                     first->code == FV_MODEL_ERROR_TOO_DEEP);
      g_assert_cmpuint (first->line, >=, 1);
      g_assert_cmpuint (first->column, >=, 1);
      break;

    case 'y':
      /* Valid JSON that a fact model refuses on purpose: U+0000, which
       * json-glib would cut strings at, and duplicate member names, of which
       * json-glib would keep the last without a word. */
      if (first->code == FV_MODEL_ERROR_ENCODING)
        g_assert_nonnull (strstr (first->message, "U+0000"));
      else if (first->code != FV_MODEL_ERROR_DUPLICATE_KEY)
        g_assert_true (first->code == FV_MODEL_ERROR_TYPE ||
                       first->code == FV_MODEL_ERROR_VERSION);
      break;

    default:
      break;
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
test_skipped (void)
{
  g_test_skip ("FV_JSON_TEST_SUITE is not set to a JSONTestSuite test_parsing folder");
}

int
main (int   argc,
      char *argv[])
{
  const char *dir_path = g_getenv ("FV_JSON_TEST_SUITE");
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  if (dir_path == NULL || (dir = g_dir_open (dir_path, 0, NULL)) == NULL)
    {
      g_test_add_func ("/jsontestsuite/skipped", test_skipped);
      return g_test_run ();
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (paths, compare_paths);

  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *test_path = g_strconcat ("/jsontestsuite/", base, NULL);

      g_test_add_data_func (test_path, g_ptr_array_index (paths, i), test_file);
    }

  return g_test_run ();
}
