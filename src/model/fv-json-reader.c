/* fv-json-reader.c — json-glib's tree read with paths and problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The typed reading every kind of fact shares: each value is taken from
 * json-glib's tree with the JSON path it has, so that whatever is wrong
 * becomes a problem with its place (fv_json_locate() later turns paths into
 * lines and columns), and reading goes on after it, so that an author sees
 * every problem at once.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-format.h"
#include "fv-json-reader.h"
#include "fv-json-scan.h"
#include "fv-language.h"
#include "fv-nearest.h"

/* How much of a name from the model a message quotes. */
#define QUOTED_MAX 64

static char *
fv_reader_path_string (FvReader   *r,
                       const char *member)
{
  GString *str = g_string_new ("$");

  for (guint i = 0; i < r->path->len; i++)
    {
      const FvReaderStep *step = &g_array_index (r->path, FvReaderStep, i);

      if (step->name != NULL)
        fv_json_path_append_member (str, step->name, strlen (step->name));
      else
        fv_json_path_append_index (str, step->index);
    }
  if (member != NULL)
    fv_json_path_append_member (str, member, strlen (member));

  return g_string_free (str, FALSE);
}

static void
fv_reader_add_problem (FvReader    *r,
                       const char  *member,
                       FvModelError code,
                       const char  *format,
                       va_list      args)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;

  /* Past the limit a problem is counted: no need to write it out. */
  if (fv_problems_full (r->problems))
    {
      fv_problems_add (r->problems, fv_problem_new (code, NULL, ""));
      return;
    }

  message = g_strdup_vprintf (format, args);
  path = fv_reader_path_string (r, member);
  fv_problems_add (r->problems, fv_problem_new (code, path, message));
}

G_GNUC_PRINTF (3, 4)
void
fv_reader_problem (FvReader    *r,
                   FvModelError code,
                   const char  *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  fv_reader_add_problem (r, NULL, code, format, args);
  va_end (args);
}

/* The problem of MEMBER of the object at hand. */
G_GNUC_PRINTF (4, 5)
void
fv_reader_problem_at (FvReader    *r,
                      const char  *member,
                      FvModelError code,
                      const char  *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  fv_reader_add_problem (r, member, code, format, args);
  va_end (args);
}

gsize
fv_reader_push_member (FvReader   *r,
                       const char *name)
{
  FvReaderStep step = { name, 0 };
  gsize len = r->path->len;

  g_array_append_val (r->path, step);
  return len;
}

gsize
fv_reader_push_index (FvReader *r,
                      guint     index)
{
  FvReaderStep step = { NULL, index };
  gsize len = r->path->len;

  g_array_append_val (r->path, step);
  return len;
}

void
fv_reader_pop (FvReader *r,
               gsize     len)
{
  g_array_set_size (r->path, len);
}

/* "a string": what NODE is, as a message says it. */
const char *
fv_reader_node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

void
fv_reader_wrong_type (FvReader   *r,
                      JsonNode   *node,
                      const char *expected)
{
  /* translators: "Expected a string, found an array" */
  fv_reader_problem (r, FV_MODEL_ERROR_TYPE, _("Expected %s, found %s"), expected,
                     fv_reader_node_type_name (node));
}

/* Reports members of OBJECT that are not in ALLOWED. */
void
fv_reader_check_members (FvReader           *r,
                         JsonObject         *object,
                         const char * const *allowed)
{
  JsonObjectIter iter;
  const char *name;

  /* An iterator, not json_object_get_members(), which copies every name. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      g_autofree char *shown = NULL;
      const char *nearest;
      gsize len;

      if (g_strv_contains (allowed, name))
        continue;

      shown = fv_text_shorten_middle (name, QUOTED_MAX);
      nearest = fv_nearest_name (name, allowed);
      len = fv_reader_push_member (r, name);
      if (nearest != NULL)
        fv_reader_problem (r, FV_MODEL_ERROR_UNKNOWN_MEMBER,
                           _("“%s” is not a member the fact model knows here: did you mean "
                             "“%s”? (docs/fact-model.md lists the members of each kind)"),
                           shown, nearest);
      else
        fv_reader_problem (r, FV_MODEL_ERROR_UNKNOWN_MEMBER,
                           _("“%s” is not a member the fact model knows here "
                             "(docs/fact-model.md lists the members of each kind)"), shown);
      fv_reader_pop (r, len);
    }
}

JsonNode *
fv_reader_get_member (FvReader   *r,
                      JsonObject *object,
                      const char *name,
                      gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *meant;

  if (node != NULL || !required)
    return node;

  /* "titel" for "title": the member likely meant, where one is near. */
  if ((meant = fv_nearest_member (object, name)) != NULL)
    {
      g_autofree char *shown = fv_text_shorten_middle (meant, QUOTED_MAX);

      fv_reader_problem (r, FV_MODEL_ERROR_MISSING,
                         _("The required member “%s” is missing: is “%s” meant?"), name, shown);
    }
  else
    fv_reader_problem (r, FV_MODEL_ERROR_MISSING, _("The required member “%s” is missing"), name);
  return NULL;
}

JsonObject *
fv_reader_as_object (FvReader *r,
                     JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  fv_reader_wrong_type (r, node, _("an object"));
  return NULL;
}

JsonArray *
fv_reader_as_array (FvReader *r,
                    JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  fv_reader_wrong_type (r, node, _("an array"));
  return NULL;
}

const char *
fv_reader_as_string (FvReader *r,
                     JsonNode *node)
{
  const char *str;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fv_reader_wrong_type (r, node, _("a string"));
      return NULL;
    }

  str = json_node_get_string (node);
  /* Every string has a bound, so that what reads, checks or draws it costs
   * what a person could have written. */
  if (g_utf8_strlen (str, -1) > FV_MODEL_MAX_TEXT)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("This text is longer than %d characters"), FV_MODEL_MAX_TEXT);
      return NULL;
    }
  /* Zero-width spaces or no-break spaces alone show nothing either. */
  if (fv_text_is_blank (str))
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("This text is empty"));
      return NULL;
    }
  /* A hundred thousand marks on one letter draw strokes across the window. */
  if (fv_text_max_marks (str) > FV_TEXT_MAX_MARKS)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("A character here carries more than %d combining marks"),
                         FV_TEXT_MAX_MARKS);
      return NULL;
    }

  return str;
}

/* STR as a message quotes it: shortened in the middle past QUOTED_MAX
 * characters, kept with the model's strings. */
const char *
fv_reader_quote (FvReader   *r,
                 const char *str)
{
  g_autofree char *shown = NULL;

  if (str == NULL)
    return NULL;
  shown = fv_text_shorten_middle (str, QUOTED_MAX);
  return strcmp (shown, str) == 0 ? str : fv_reader_copy (r, shown);
}

const char *
fv_reader_copy (FvReader   *r,
                const char *str)
{
  return str != NULL ? g_string_chunk_insert (r->model->strings, str) : NULL;
}

/* A string member; NULL when absent or wrong (the problem is recorded). */
const char *
fv_reader_read_string (FvReader   *r,
                       JsonObject *object,
                       const char *name,
                       gboolean    required)
{
  JsonNode *node = fv_reader_get_member (r, object, name, required);
  const char *str = NULL;
  gsize len;

  if (node == NULL)
    return NULL;

  len = fv_reader_push_member (r, name);
  str = fv_reader_copy (r, fv_reader_as_string (r, node));
  fv_reader_pop (r, len);

  return str;
}
/* A whole number in [MIN, MAX]. A number with a fraction or an exponent
 * would have to be truncated, so only numbers written as integers are taken. */
gboolean
fv_reader_read_integer (FvReader   *r,
                        JsonObject *object,
                        const char *name,
                        gint64      min,
                        gint64      max,
                        gboolean    required,
                        gint64     *out)
{
  JsonNode *node = fv_reader_get_member (r, object, name, required);
  gboolean ok = FALSE;
  gsize len;

  if (node == NULL)
    return FALSE;

  len = fv_reader_push_member (r, name);

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    fv_reader_wrong_type (r, node, _("a whole number"));
  else if (json_node_get_value_type (node) != G_TYPE_INT64)
    fv_reader_problem (r, FV_MODEL_ERROR_TYPE,
                       _("Expected a whole number, without a decimal point or exponent"));
  else if (json_node_get_int (node) < min || json_node_get_int (node) > max)
    fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                       _("%lld is out of range: it must be from %lld to %lld"),
                       (long long) json_node_get_int (node), (long long) min, (long long) max);
  else
    {
      *out = json_node_get_int (node);
      ok = TRUE;
    }

  fv_reader_pop (r, len);
  return ok;
}

gboolean
fv_reader_read_boolean (FvReader   *r,
                        JsonObject *object,
                        const char *name,
                        gboolean   *out)
{
  JsonNode *node = fv_reader_get_member (r, object, name, FALSE);
  gsize len;

  if (node == NULL)
    return FALSE;

  len = fv_reader_push_member (r, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    *out = json_node_get_boolean (node);
  else
    fv_reader_wrong_type (r, node, _("true or false"));
  fv_reader_pop (r, len);

  return TRUE;
}

/* One of NAMES, as its index; -1 when absent or wrong. */
int
fv_reader_read_enum (FvReader           *r,
                     JsonObject         *object,
                     const char         *name,
                     const char * const *names,
                     gboolean            required)
{
  JsonNode *node = fv_reader_get_member (r, object, name, required);
  const char *str;
  int value = -1;
  gsize len;

  if (node == NULL)
    return -1;

  len = fv_reader_push_member (r, name);
  str = fv_reader_as_string (r, node);
  if (str != NULL)
    {
      for (int i = 0; names[i] != NULL; i++)
        if (strcmp (str, names[i]) == 0)
          value = i;

      if (value < 0)
        {
          g_autofree char *list = g_strjoinv ("”, “", (char **) names);

          fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is not one of “%s”"), str, list);
        }
    }
  fv_reader_pop (r, len);

  return value;
}


/* Calls READ for each element of the array member NAME of ROOT, giving it
 * the element's object and index. Returns the number of elements. */
JsonArray *
fv_reader_get_array (FvReader   *r,
                     JsonObject *root,
                     const char *name,
                     gboolean    required)
{
  JsonNode *node = fv_reader_get_member (r, root, name, required);
  JsonArray *array;
  gsize len;

  if (node == NULL)
    return NULL;

  len = fv_reader_push_member (r, name);
  array = fv_reader_as_array (r, node);
  fv_reader_pop (r, len);

  return array;
}

void
fv_reader_read_each (FvReader   *r,
                     const char *name,
                     JsonArray  *array,
                     FvReadFunc  read)
{
  gsize len;
  guint n;

  if (array == NULL)
    return;

  len = fv_reader_push_member (r, name);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = fv_reader_push_index (r, i);
      JsonObject *object = fv_reader_as_object (r, json_array_get_element (array, i));

      if (object != NULL)
        read (r, object, i);
      fv_reader_pop (r, ilen);
    }
  fv_reader_pop (r, len);
}
