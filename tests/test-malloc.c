/* test-malloc.c — freed parse trees go back to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "fv-malloc.h"

static gint64
resident_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmRSS:");
  g_assert_nonnull (line);
  return g_ascii_strtoll (line + strlen ("VmRSS:"), NULL, 10) * 1024;
}

static void
test_from_start (void)
{
  /* main() called fv_malloc_from_start(), which started this program again
   * with the variable set: GLib read it before main(). */
  if (glib_check_version (2, 76, 0) == NULL)
    g_test_skip ("GLib 2.76 and later allocate slices with malloc()");
  else
    g_assert_cmpstr (g_getenv ("G_SLICE"), ==, "always-malloc");
}

/* What a large model does: json-glib builds a tree of several hundred
 * thousand nodes, and frees it. Its memory must leave the process. */
static void
test_tree_given_back (void)
{
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gint64 before, with_tree, after;

#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer keeps freed memory in quarantine");
  return;
#endif

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"title\":\"Event %u\",\"n\":[%u]}",
                            i > 0 ? "," : "", i, i, i);
  g_string_append_c (json, ']');

  before = resident_bytes ();
  g_assert_true (json_parser_load_from_data (parser, json->str, json->len, NULL));
  with_tree = resident_bytes ();
  g_clear_object (&parser);
  fv_malloc_give_back (json->len);
  after = resident_bytes ();

  g_test_message ("resident: %" G_GINT64_FORMAT " kB before, %" G_GINT64_FORMAT
                  " kB with the tree, %" G_GINT64_FORMAT " kB after",
                  before / 1024, with_tree / 1024, after / 1024);
  /* The tree is tens of megabytes; at most a tenth of it may stay. */
  g_assert_cmpint (with_tree - before, >, 20 * 1024 * 1024);
  g_assert_cmpint (after - before, <, (with_tree - before) / 10);
}

int
main (int   argc,
      char *argv[])
{
  fv_malloc_from_start (argv);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/malloc/from-start", test_from_start);
  g_test_add_func ("/malloc/tree-given-back", test_tree_given_back);

  return g_test_run ();
}
