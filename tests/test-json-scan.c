/* test-json-scan.c — the strict checker under json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fv-json-scan.h"
#include "fv-problem.h"

typedef struct
{
  const char   *text;
  FvModelError  code;     /* 0: valid */
  guint         line;
  guint         column;
  const char   *path;
} Case;

static const Case cases[] = {
  /* valid JSON, as RFC 8259 has it */
  { "{}", 0 },
  { " [1, -0, 0.5, 1e10, -1.5E-3, true, false, null, \"\"] ", 0 },
  { "\"\\ud834\\udd1e \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", 0 },
  { "{\"a\": {\"a\": 1}}", 0 },
  { "9223372036854775807", 0 },
  { "-9223372036854775808", 0 },
  { "1e308", 0 },
  { "\"żółć – „ok”\"", 0 },
  /* what json-glib 1.6 takes for JSON */
  { "012", FV_MODEL_ERROR_SYNTAX, 1, 1, "$" },
  { "[0x10]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "[.5]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "[1.]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "[+1]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "[1e]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "/* c */ {}", FV_MODEL_ERROR_SYNTAX, 1, 1, "$" },
  { "{} // c", FV_MODEL_ERROR_SYNTAX, 1, 4, "$" },
  { "['a']", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "{\"a\": 1} {\"b\": 2}", FV_MODEL_ERROR_SYNTAX, 1, 10, "$" },
  { "", FV_MODEL_ERROR_SYNTAX, 1, 1, "$" },
  { "[1,]", FV_MODEL_ERROR_SYNTAX, 1, 3, "$[1]" },
  { "{\"a\": 1,}", FV_MODEL_ERROR_SYNTAX, 1, 8, "$.a" },
  { "[tru]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "[truex]", FV_MODEL_ERROR_SYNTAX, 1, 2, "$[0]" },
  { "{a: 1}", FV_MODEL_ERROR_SYNTAX, 1, 2, "$" },
  { "\"tab\there\"", FV_MODEL_ERROR_SYNTAX, 1, 5, "$" },
  { "\"\\x41\"", FV_MODEL_ERROR_SYNTAX, 1, 2, "$" },
  { "\"\\u12\"", FV_MODEL_ERROR_SYNTAX, 1, 2, "$" },
  { "\"open", FV_MODEL_ERROR_SYNTAX, 1, 1, "$" },
  /* strings json-glib turns into something else */
  { "[\"\\ud800\"]", FV_MODEL_ERROR_ENCODING, 1, 3, "$[0]" },
  { "[\"\\udc00\\ud800\"]", FV_MODEL_ERROR_ENCODING, 1, 3, "$[0]" },
  { "{\"k\": \"a\\u0000b\"}", FV_MODEL_ERROR_ENCODING, 1, 9, "$.k" },
  { "[\"\xff\"]", FV_MODEL_ERROR_ENCODING, 1, 3, "$[0]" },
  { "[\"\xc0\xaf\"]", FV_MODEL_ERROR_ENCODING, 1, 3, "$[0]" },         /* overlong */
  { "[\"\xed\xa0\x80\"]", FV_MODEL_ERROR_ENCODING, 1, 3, "$[0]" },     /* raw surrogate */
  { "[\"\xf4\x90\x80\x80\"]", FV_MODEL_ERROR_ENCODING, 1, 3, "$[0]" }, /* past U+10FFFF */
  /* numbers json-glib reads wrongly */
  { "[9223372036854775808]", FV_MODEL_ERROR_NUMBER_RANGE, 1, 2, "$[0]" },
  { "[-9223372036854775809]", FV_MODEL_ERROR_NUMBER_RANGE, 1, 2, "$[0]" },
  { "[1e400]", FV_MODEL_ERROR_NUMBER_RANGE, 1, 2, "$[0]" },
  /* duplicates, found after decoding escapes */
  { "{\"a\": 1, \"\\u0061\": 2}", FV_MODEL_ERROR_DUPLICATE_KEY, 1, 10, "$.a" },
  { "{\"x\": {\"a\": 1}, \"y\": {\"a\": 1, \"b\": 2, \"a\": 3}}", FV_MODEL_ERROR_DUPLICATE_KEY,
    1, 39, "$.y.a" },
  /* places: lines, columns in characters, paths of odd names */
  { "{\n  \"żółw\": [1,\n    2, 03]\n}", FV_MODEL_ERROR_SYNTAX, 3, 8, "$[\"żółw\"][2]" },
  { "{\r\n\"a b\": x}", FV_MODEL_ERROR_SYNTAX, 2, 8, "$[\"a b\"]" },
  { "{\"q\\\"\": [}", FV_MODEL_ERROR_SYNTAX, 1, 10, "$[\"q\\\"\"][0]" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
  gboolean ok = fv_json_check (c->text, strlen (c->text), 64, problems);

  if (c->code == 0)
    {
      if (problems->len > 0)
        g_error ("%s", ((FvProblem *) g_ptr_array_index (problems, 0))->message);
      g_assert_true (ok);
      return;
    }

  g_assert_false (ok);
  g_assert_cmpuint (problems->len, >=, 1);
  {
    const FvProblem *p = g_ptr_array_index (problems, 0);

    g_assert_cmpint (p->code, ==, c->code);
    g_assert_cmpuint (p->line, ==, c->line);
    g_assert_cmpuint (p->column, ==, c->column);
    g_assert_cmpstr (p->path, ==, c->path);
  }
}

/* An object with many members switches to a hash set and still finds the
 * duplicate, and finds it fast. */
static void
test_many_members (void)
{
  GString *text = g_string_new ("{");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
  const FvProblem *p;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (text, "\"k%u\": %u, ", i, i);
  g_string_append (text, "\"k49999\": 0}");

  g_assert_false (fv_json_check (text->str, text->len, 64, problems));
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpint (p->code, ==, FV_MODEL_ERROR_DUPLICATE_KEY);
  g_assert_cmpstr (p->path, ==, "$.k49999");
  g_string_free (text, TRUE);
}

/* Problems that do not stop reading are all reported. */
static void
test_all_reported (void)
{
  const char *text = "{\"a\": 1, \"a\": 2, \"b\": \"\\u0000\", \"c\": 1e999}";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);

  g_assert_false (fv_json_check (text, strlen (text), 64, problems));
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpint (((FvProblem *) problems->pdata[0])->code, ==, FV_MODEL_ERROR_DUPLICATE_KEY);
  g_assert_cmpint (((FvProblem *) problems->pdata[1])->code, ==, FV_MODEL_ERROR_ENCODING);
  g_assert_cmpint (((FvProblem *) problems->pdata[2])->code, ==, FV_MODEL_ERROR_NUMBER_RANGE);
}

static void
test_locate (void)
{
  const char *text = "{\n  \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"x\": [1, 2]}\n  ]\n}";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
  const char *paths[] = { "$.events[1].x[1]", "$.events[1]", "$.events", "$", "$.events[1].id",
                          "$.nowhere" };
  const guint places[][2] = { { 4, 26 }, { 4, 5 }, { 2, 3 }, { 1, 1 }, { 4, 6 }, { 0, 0 } };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_ptr_array_add (problems, fv_problem_new (FV_MODEL_ERROR_VALUE, paths[i], "m"));

  fv_json_locate (text, strlen (text), problems);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const FvProblem *p = g_ptr_array_index (problems, i);

      g_assert_cmpuint (p->line, ==, places[i][0]);
      g_assert_cmpuint (p->column, ==, places[i][1]);
    }
}

static void
test_path_names (void)
{
  g_autoptr(GString) path = g_string_new ("$");

  fv_json_path_append_member (path, "events", 6);
  fv_json_path_append_index (path, 12);
  fv_json_path_append_member (path, "a\"b\n", 4);
  fv_json_path_append_member (path, "9lives", 6);
  g_assert_cmpstr (path->str, ==, "$.events[12][\"a\\\"b\\u000a\"][\"9lives\"]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/json-scan/case/%02u", i);
      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/json-scan/many-members", test_many_members);
  g_test_add_func ("/json-scan/all-reported", test_all_reported);
  g_test_add_func ("/json-scan/locate", test_locate);
  g_test_add_func ("/json-scan/path-names", test_path_names);

  return g_test_run ();
}
