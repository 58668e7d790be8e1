/* fv-model-reader.c — from a JSON tree to a checked fact model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads schema version 1 (docs/fact-model.md) and checks every rule of it,
 * going on after a problem so that an author sees all of them at once. Each
 * problem carries the JSON path of its value; fv_json_locate() later turns
 * paths into lines and columns.
 *
 * Kinds are read in the order in which they refer to each other (sources,
 * actors, events, statements, figures, cases, charts, tabs), so every id is
 * resolved when it is read, whatever the order of members in the file.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-json-scan.h"
#include "fv-model-private.h"

/* One step of the JSON path: a member's name, or an index when NULL. The
 * path is written out only for a problem, not at every step. */
typedef struct
{
  const char *name;
  guint       index;
} Step;

typedef struct
{
  FvModel    *model;
  GArray     *path;       /* of Step */
  GPtrArray  *problems;
  GHashTable *languages;  /* the tags of the model's texts */
} Reader;

static const char *kind_nouns[] = {
  [FV_KIND_SOURCE] = N_("source"),
  [FV_KIND_ACTOR] = N_("actor"),
  [FV_KIND_EVENT] = N_("event"),
  [FV_KIND_STATEMENT] = N_("statement"),
  [FV_KIND_FIGURE] = N_("figure"),
  [FV_KIND_CASE] = N_("case study"),
  [FV_KIND_CHART] = N_("chart"),
};

static const char *kind_phrases[] = {
  [FV_KIND_SOURCE] = N_("a source"),
  [FV_KIND_ACTOR] = N_("an actor"),
  [FV_KIND_EVENT] = N_("an event"),
  [FV_KIND_STATEMENT] = N_("a statement"),
  [FV_KIND_FIGURE] = N_("a figure"),
  [FV_KIND_CASE] = N_("a case study"),
  [FV_KIND_CHART] = N_("a chart"),
};

static char *
path_string (Reader     *r,
             const char *member)
{
  GString *str = g_string_new ("$");

  for (guint i = 0; i < r->path->len; i++)
    {
      const Step *step = &g_array_index (r->path, Step, i);

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
add_problem (Reader       *r,
             const char   *member,
             FvModelError  code,
             const char   *format,
             va_list       args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *path = path_string (r, member);

  g_ptr_array_add (r->problems, fv_problem_new (code, path, message));
}

G_GNUC_PRINTF (3, 4)
static void
problem (Reader       *r,
         FvModelError  code,
         const char   *format,
         ...)
{
  va_list args;

  va_start (args, format);
  add_problem (r, NULL, code, format, args);
  va_end (args);
}

/* The problem of MEMBER of the object at hand. */
G_GNUC_PRINTF (4, 5)
static void
problem_at (Reader       *r,
            const char   *member,
            FvModelError  code,
            const char   *format,
            ...)
{
  va_list args;

  va_start (args, format);
  add_problem (r, member, code, format, args);
  va_end (args);
}

static gsize
push_member (Reader     *r,
             const char *name)
{
  Step step = { name, 0 };
  gsize len = r->path->len;

  g_array_append_val (r->path, step);
  return len;
}

static gsize
push_index (Reader *r,
            guint   index)
{
  Step step = { NULL, index };
  gsize len = r->path->len;

  g_array_append_val (r->path, step);
  return len;
}

static void
pop (Reader *r,
     gsize   len)
{
  g_array_set_size (r->path, len);
}

static const char *
node_type_name (JsonNode *node)
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

static void
wrong_type (Reader     *r,
            JsonNode   *node,
            const char *expected)
{
  /* translators: "Expected a string, found an array" */
  problem (r, FV_MODEL_ERROR_TYPE, _("Expected %s, found %s"), expected, node_type_name (node));
}

/* Reports members of OBJECT that are not in ALLOWED. */
static void
check_members (Reader             *r,
               JsonObject         *object,
               const char * const *allowed)
{
  JsonObjectIter iter;
  const char *name;

  /* An iterator, not json_object_get_members(), which copies every name. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      gsize len;

      if (g_strv_contains (allowed, name))
        continue;

      len = push_member (r, name);
      problem (r, FV_MODEL_ERROR_UNKNOWN_MEMBER,
               _("“%s” is not a member the fact model knows here"), name);
      pop (r, len);
    }
}

static JsonNode *
get_member (Reader     *r,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && required)
    problem (r, FV_MODEL_ERROR_MISSING, _("The required member “%s” is missing"), name);

  return node;
}

static JsonObject *
as_object (Reader   *r,
           JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  wrong_type (r, node, _("an object"));
  return NULL;
}

static JsonArray *
as_array (Reader   *r,
          JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  wrong_type (r, node, _("an array"));
  return NULL;
}

static const char *
as_string (Reader   *r,
           JsonNode *node)
{
  const char *str;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      wrong_type (r, node, _("a string"));
      return NULL;
    }

  str = json_node_get_string (node);
  if (str[strspn (str, " \t\n\r")] == '\0')
    {
      problem (r, FV_MODEL_ERROR_VALUE, _("This text is empty"));
      return NULL;
    }

  return str;
}

static const char *
copy (Reader     *r,
      const char *str)
{
  return str != NULL ? g_string_chunk_insert (r->model->strings, str) : NULL;
}

/* A string member; NULL when absent or wrong (the problem is recorded). */
static const char *
read_string (Reader     *r,
             JsonObject *object,
             const char *name,
             gboolean    required)
{
  JsonNode *node = get_member (r, object, name, required);
  const char *str = NULL;
  gsize len;

  if (node == NULL)
    return NULL;

  len = push_member (r, name);
  str = copy (r, as_string (r, node));
  pop (r, len);

  return str;
}

static gboolean
is_language_tag (const char *tag)
{
  gsize i = 0, part = 0;

  /* Primary subtag of 2 or 3 letters, then subtags of 1 to 8 alphanumerics. */
  while (g_ascii_isalpha (tag[i]))
    i++;
  if (i < 2 || i > 3)
    return FALSE;

  while (tag[i] == '-')
    {
      i++;
      part = 0;
      while (g_ascii_isalnum (tag[i]))
        i++, part++;
      if (part < 1 || part > 8)
        return FALSE;
    }

  return tag[i] == '\0';
}

/* A text a person reads: a string in the model's language, or an object of
 * language tags to strings that has the model's language among them. */
static void
read_text_node (Reader   *r,
                JsonNode *node,
                gboolean  translation_only,
                FvText   *text)
{
  JsonObjectIter iter;
  JsonObject *object;
  guint n = 0, i = 0;
  FvTranslation *translations;
  const char *tag;
  JsonNode *member;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text->original = copy (r, as_string (r, node));
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (r, node, _("a string or an object of translations"));
      return;
    }

  object = json_node_get_object (node);
  n = json_object_get_size (object);
  translations = fv_model_new0 (r->model, FvTranslation, n);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &tag, &member))
    {
      gsize len = push_member (r, tag);
      const char *value = NULL;

      if (!is_language_tag (tag))
        problem (r, FV_MODEL_ERROR_VALUE,
                 _("“%s” is not a language tag such as “en” or “pt-BR”"), tag);
      else
        value = copy (r, as_string (r, member));

      if (value != NULL)
        {
          if (!translation_only && r->model->language != NULL &&
              g_ascii_strcasecmp (tag, r->model->language) == 0)
            text->original = value;
          else
            {
              g_hash_table_add (r->languages, (gpointer) copy (r, tag));
              translations[i].language = copy (r, tag);
              translations[i].value = value;
              i++;
            }
        }

      pop (r, len);
    }

  text->translations = translations;
  text->n_translations = i;

  if (!translation_only && text->original == NULL && r->model->language != NULL)
    problem (r, FV_MODEL_ERROR_MISSING,
             _("This text has no “%s” version, the model’s own language"),
             r->model->language);
}

static gboolean
read_text (Reader     *r,
           JsonObject *object,
           const char *name,
           gboolean    required,
           FvText     *text)
{
  JsonNode *node = get_member (r, object, name, required);
  gsize len;

  if (node == NULL)
    return FALSE;

  len = push_member (r, name);
  read_text_node (r, node, FALSE, text);
  pop (r, len);

  return text->original != NULL;
}

/* The translations of a quotation: an object of language tags only, since
 * the quotation itself is in the words that were said, whatever language
 * they were said in. */
static void
read_translation (Reader     *r,
                  JsonObject *object,
                  FvText     *text)
{
  JsonNode *node = get_member (r, object, "translation", FALSE);
  gsize len;

  if (node == NULL)
    return;

  len = push_member (r, "translation");
  if (!JSON_NODE_HOLDS_OBJECT (node))
    wrong_type (r, node, _("an object of translations"));
  else
    read_text_node (r, node, TRUE, text);
  pop (r, len);
}

/* A whole number in [MIN, MAX]. A number with a fraction or an exponent
 * would have to be truncated, so only numbers written as integers are taken. */
static gboolean
read_integer (Reader     *r,
              JsonObject *object,
              const char *name,
              gint64      min,
              gint64      max,
              gboolean    required,
              gint64     *out)
{
  JsonNode *node = get_member (r, object, name, required);
  gboolean ok = FALSE;
  gsize len;

  if (node == NULL)
    return FALSE;

  len = push_member (r, name);

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    wrong_type (r, node, _("a whole number"));
  else if (json_node_get_value_type (node) != G_TYPE_INT64)
    problem (r, FV_MODEL_ERROR_TYPE, _("Expected a whole number, without a decimal point or exponent"));
  else if (json_node_get_int (node) < min || json_node_get_int (node) > max)
    problem (r, FV_MODEL_ERROR_VALUE, _("%lld is out of range: it must be from %lld to %lld"),
             (long long) json_node_get_int (node), (long long) min, (long long) max);
  else
    {
      *out = json_node_get_int (node);
      ok = TRUE;
    }

  pop (r, len);
  return ok;
}

static gboolean
read_boolean (Reader     *r,
              JsonObject *object,
              const char *name,
              gboolean   *out)
{
  JsonNode *node = get_member (r, object, name, FALSE);
  gsize len;

  if (node == NULL)
    return FALSE;

  len = push_member (r, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    *out = json_node_get_boolean (node);
  else
    wrong_type (r, node, _("true or false"));
  pop (r, len);

  return TRUE;
}

/* One of NAMES, as its index; -1 when absent or wrong. */
static int
read_enum (Reader             *r,
           JsonObject         *object,
           const char         *name,
           const char * const *names,
           gboolean            required)
{
  JsonNode *node = get_member (r, object, name, required);
  const char *str;
  int value = -1;
  gsize len;

  if (node == NULL)
    return -1;

  len = push_member (r, name);
  str = as_string (r, node);
  if (str != NULL)
    {
      for (int i = 0; names[i] != NULL; i++)
        if (strcmp (str, names[i]) == 0)
          value = i;

      if (value < 0)
        {
          g_autofree char *list = g_strjoinv ("”, “", (char **) names);

          problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is not one of “%s”"), str, list);
        }
    }
  pop (r, len);

  return value;
}

/* ---- Ids ---------------------------------------------------------------- */

static gboolean
is_id (const char *id)
{
  if (!g_ascii_isalnum (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;

  return strlen (id) <= 128;
}

G_STATIC_ASSERT (G_STRUCT_OFFSET (FvSource, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (FvActor, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (FvEvent, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (FvStatement, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (FvFigure, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (FvCase, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (FvChart, id) == 0);

/* Before anything is read, every id is known: so a reference to a thing
 * that comes later in the file resolves, and a reference to a thing of the
 * wrong kind says so. BASE is the array of structs of that kind, each of
 * which starts with its id. */
static void
register_ids (Reader     *r,
              const char *name,
              JsonArray  *array,
              FvKind      kind,
              gpointer    base,
              gsize       size)
{
  gsize len;
  guint n;

  if (array == NULL)
    return;

  len = push_member (r, name);
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gpointer thing = (char *) base + i * size;
      const char *id;
      FvIdEntry *entry;
      gsize ilen;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;  /* read_each() says so */

      ilen = push_index (r, i);
      id = read_string (r, json_node_get_object (node), "id", TRUE);

      if (id != NULL)
        {
          gsize idlen = push_member (r, "id");

          if (!is_id (id))
            problem (r, FV_MODEL_ERROR_VALUE,
                     _("“%s” is not a valid id: use letters, digits, “-”, “_” and “.”, starting "
                       "with a letter or digit, at most 128 characters"), id);
          else if ((entry = g_hash_table_lookup (r->model->ids, id)) != NULL)
            /* translators: "The id “x” is already used by an event" */
            problem (r, FV_MODEL_ERROR_DUPLICATE_ID, _("The id “%s” is already used by %s"),
                     id, _(kind_phrases[entry->kind]));
          else
            {
              entry = fv_model_new0 (r->model, FvIdEntry, 1);
              entry->kind = kind;
              entry->thing = thing;
              g_hash_table_insert (r->model->ids, (char *) id, entry);
              *(const char **) thing = id;
            }
          pop (r, idlen);
        }
      pop (r, ilen);
    }

  pop (r, len);
}

/* The thing of KIND that NODE (a string) names, or NULL. */
static gconstpointer
resolve (Reader   *r,
         JsonNode *node,
         FvKind    kind)
{
  const char *id = as_string (r, node);
  FvIdEntry *entry;

  if (id == NULL)
    return NULL;

  entry = g_hash_table_lookup (r->model->ids, id);
  if (entry == NULL)
    {
      /* translators: "No actor has the id “x”" */
      problem (r, FV_MODEL_ERROR_REFERENCE, _("No %s has the id “%s”"), _(kind_nouns[kind]), id);
      return NULL;
    }
  if (entry->kind != kind)
    {
      /* translators: "“cpd” is an actor, not an event" */
      problem (r, FV_MODEL_ERROR_REFERENCE, _("“%s” is %s, not %s"),
               id, _(kind_phrases[entry->kind]), _(kind_phrases[kind]));
      return NULL;
    }

  return entry->thing;
}

static gconstpointer
read_ref (Reader     *r,
          JsonObject *object,
          const char *name,
          FvKind      kind,
          gboolean    required)
{
  JsonNode *node = get_member (r, object, name, required);
  gconstpointer thing;
  gsize len;

  if (node == NULL)
    return NULL;

  len = push_member (r, name);
  thing = resolve (r, node, kind);
  pop (r, len);

  return thing;
}

/* An array of ids of KIND; the things, in order, with no id twice. */
static gconstpointer *
read_ref_array (Reader     *r,
                JsonObject *object,
                const char *name,
                FvKind      kind,
                guint      *n_out)
{
  JsonNode *node = get_member (r, object, name, FALSE);
  gconstpointer *things;
  JsonArray *array;
  guint n, count = 0;
  gsize len;

  *n_out = 0;
  if (node == NULL)
    return NULL;

  len = push_member (r, name);
  array = as_array (r, node);
  n = array ? json_array_get_length (array) : 0;
  things = fv_model_new0 (r->model, gconstpointer, n + 1);

  for (guint i = 0; i < n; i++)
    {
      gsize ilen = push_index (r, i);
      gconstpointer thing = resolve (r, json_array_get_element (array, i), kind);
      gboolean seen = FALSE;

      for (guint j = 0; thing != NULL && j < count; j++)
        seen |= (things[j] == thing);

      if (seen)
        problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is in this list twice"),
                 json_array_get_string_element (array, i));
      else if (thing != NULL)
        things[count++] = thing;

      pop (r, ilen);
    }

  pop (r, len);
  *n_out = count;
  return things;
}

/* ---- Dates -------------------------------------------------------------- */

static const char *precision_names[] = { "none", "year", "month", "day", NULL };

static gboolean
parse_iso_date (const char *str,
                FvDate     *date)
{
  guint len = strlen (str);
  guint year, month = 0, day = 0;

  memset (date, 0, sizeof *date);

  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  for (guint i = 0; i < len; i++)
    {
      gboolean dash = (i == 4 || i == 7);

      if (dash ? str[i] != '-' : !g_ascii_isdigit (str[i]))
        return FALSE;
    }

  year = (str[0] - '0') * 1000 + (str[1] - '0') * 100 + (str[2] - '0') * 10 + (str[3] - '0');
  if (len >= 7)
    month = (str[5] - '0') * 10 + (str[6] - '0');
  if (len == 10)
    day = (str[8] - '0') * 10 + (str[9] - '0');

  date->year = year;
  date->month = month;
  date->day = day;
  date->precision = len == 4 ? FV_DATE_PRECISION_YEAR
                  : len == 7 ? FV_DATE_PRECISION_MONTH
                             : FV_DATE_PRECISION_DAY;
  return TRUE;
}

/* DATE_NAME ("date") and PRECISION_NAME ("precision"): an ISO 8601 calendar
 * date of 4, 7 or 10 characters that exists, and a precision that agrees. */
static gboolean
read_date (Reader     *r,
           JsonObject *object,
           const char *date_name,
           const char *precision_name,
           gboolean    required,
           FvDate     *date)
{
  const char *str = read_string (r, object, date_name, required);
  int precision;
  gsize len;

  precision = read_enum (r, object, precision_name, precision_names + 1, FALSE);
  if (precision >= 0)
    precision += 1;

  if (str == NULL)
    {
      if (precision > 0)
        {
          len = push_member (r, precision_name);
          problem (r, FV_MODEL_ERROR_DATE, _("A precision without “%s”"), date_name);
          pop (r, len);
        }
      return FALSE;
    }

  len = push_member (r, date_name);

  if (!parse_iso_date (str, date))
    {
      problem (r, FV_MODEL_ERROR_DATE,
               _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"), str);
      pop (r, len);
      return FALSE;
    }

  if (date->year < 1 ||
      (date->month != 0 && date->month > 12) ||
      (date->precision >= FV_DATE_PRECISION_MONTH && date->month < 1) ||
      (date->precision == FV_DATE_PRECISION_DAY &&
       !g_date_valid_dmy (date->day, date->month, date->year)))
    {
      problem (r, FV_MODEL_ERROR_DATE, _("The date “%s” does not exist"), str);
      pop (r, len);
      memset (date, 0, sizeof *date);
      return FALSE;
    }

  pop (r, len);

  if (precision > 0 && precision != date->precision)
    {
      len = push_member (r, precision_name);
      problem (r, FV_MODEL_ERROR_DATE,
               _("The precision “%s” does not agree with the date “%s”"),
               precision_names[precision], str);
      pop (r, len);
      memset (date, 0, sizeof *date);
      return FALSE;
    }

  return TRUE;
}

/* ---- References --------------------------------------------------------- */

static void
read_reference (Reader             *r,
                JsonNode           *node,
                const char * const *fields,
                FvReference        *ref)
{
  static const char *members[] = { "source", "paragraph", "locator", "quote", "fields", NULL };
  JsonObject *object = as_object (r, node);
  JsonNode *fields_node;
  gint64 paragraph = 0;

  if (object == NULL)
    return;

  check_members (r, object, members);
  ref->source = read_ref (r, object, "source", FV_KIND_SOURCE, TRUE);
  ref->locator = read_string (r, object, "locator", FALSE);
  ref->quote = read_string (r, object, "quote", FALSE);

  if (read_integer (r, object, "paragraph", 1, 100000, FALSE, &paragraph))
    {
      if (ref->source != NULL && ref->source->paragraphs > 0 &&
          paragraph > ref->source->paragraphs)
        {
          problem_at (r, "paragraph", FV_MODEL_ERROR_REFERENCE,
                      _("The source “%s” has %u paragraphs, not %lld"),
                      ref->source->id, ref->source->paragraphs, (long long) paragraph);
        }
      else
        ref->paragraph = paragraph;
    }
  else if (ref->source != NULL && ref->source->paragraphs > 0 &&
           json_object_get_member (object, "paragraph") == NULL)
    {
      problem (r, FV_MODEL_ERROR_MISSING,
               _("The source “%s” is counted in paragraphs: say which with “paragraph”"),
               ref->source->id);
    }

  fields_node = get_member (r, object, "fields", FALSE);
  if (fields_node != NULL)
    {
      gsize len = push_member (r, "fields");
      JsonArray *array = as_array (r, fields_node);
      guint n = array ? json_array_get_length (array) : 0;
      const char **names = fv_model_new0 (r->model, const char *, n + 1);
      guint count = 0;

      if (array != NULL && n == 0)
        problem (r, FV_MODEL_ERROR_VALUE, _("Leave out “fields” rather than give it empty"));

      for (guint i = 0; i < n; i++)
        {
          gsize ilen = push_index (r, i);
          const char *name = as_string (r, json_array_get_element (array, i));

          if (name != NULL && !g_strv_contains (fields, name))
            problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is not a member of this fact"), name);
          else if (name != NULL)
            names[count++] = copy (r, name);
          pop (r, ilen);
        }

      ref->fields = names;
      pop (r, len);
    }
}

/* Every fact has references, at least one. FIELDS are the members of the
 * fact that a reference may say it backs. */
static void
read_references (Reader             *r,
                 JsonObject         *object,
                 const char * const *fields,
                 FvReferences       *refs)
{
  JsonNode *node = get_member (r, object, "references", TRUE);
  JsonArray *array;
  FvReference *items;
  guint n;
  gsize len;

  if (node == NULL)
    return;

  len = push_member (r, "references");
  array = as_array (r, node);
  n = array ? json_array_get_length (array) : 0;

  if (array != NULL && n == 0)
    problem (r, FV_MODEL_ERROR_MISSING, _("Every fact needs at least one reference"));

  items = fv_model_new0 (r->model, FvReference, n);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = push_index (r, i);
      read_reference (r, json_array_get_element (array, i), fields, &items[i]);
      pop (r, ilen);
    }

  refs->items = items;
  refs->n_items = n;
  pop (r, len);
}

/* ---- The kinds ---------------------------------------------------------- */

/* Calls READ for each element of the array member NAME of ROOT, giving it
 * the element's object and index. Returns the number of elements. */
typedef void (*ReadFunc) (Reader *r, JsonObject *object, guint index);

static JsonArray *
get_array (Reader     *r,
           JsonObject *root,
           const char *name,
           gboolean    required)
{
  JsonNode *node = get_member (r, root, name, required);
  JsonArray *array;
  gsize len;

  if (node == NULL)
    return NULL;

  len = push_member (r, name);
  array = as_array (r, node);
  pop (r, len);

  return array;
}

static void
read_each (Reader     *r,
           const char *name,
           JsonArray  *array,
           ReadFunc    read)
{
  gsize len;
  guint n;

  if (array == NULL)
    return;

  len = push_member (r, name);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = push_index (r, i);
      JsonObject *object = as_object (r, json_array_get_element (array, i));

      if (object != NULL)
        read (r, object, i);
      pop (r, ilen);
    }
  pop (r, len);
}

static const char *source_members[] = {
  "id", "kind", "title", "author", "publisher", "date", "precision", "url", "note",
  "paragraphs", NULL
};

static void
read_source (Reader     *r,
             JsonObject *object,
             guint       index)
{
  static const char *kinds[] = {
    "article", "study", "report", "public-record", "court-record", "other", NULL
  };
  FvSource *source = &r->model->sources[index];
  gint64 paragraphs = 0;
  int kind;

  check_members (r, object, source_members);
  kind = read_enum (r, object, "kind", kinds, TRUE);
  source->kind = kind >= 0 ? kind : FV_SOURCE_OTHER;
  read_text (r, object, "title", TRUE, &source->title);
  source->author = read_string (r, object, "author", FALSE);
  source->publisher = read_string (r, object, "publisher", FALSE);
  read_date (r, object, "date", "precision", FALSE, &source->date);
  read_text (r, object, "note", FALSE, &source->note);
  if (read_integer (r, object, "paragraphs", 1, 100000, FALSE, &paragraphs))
    source->paragraphs = paragraphs;

  source->url = read_string (r, object, "url", FALSE);
  if (source->url != NULL)
    {
      g_autofree char *scheme = g_uri_parse_scheme (source->url);

      if (scheme == NULL ||
          (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0) ||
          !g_uri_is_valid (source->url, G_URI_FLAGS_NONE, NULL))
        {
          gsize len = push_member (r, "url");
          problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is not an http or https address"),
                   source->url);
          source->url = NULL;
          pop (r, len);
        }
    }
}

static const char *actor_members[] = { "id", "kind", "name", "role", "references", NULL };

static void
read_actor (Reader     *r,
            JsonObject *object,
            guint       index)
{
  static const char *kinds[] = { "person", "organization", "government", "group", NULL };
  FvActor *actor = &r->model->actors[index];
  int kind;

  check_members (r, object, actor_members);
  kind = read_enum (r, object, "kind", kinds, TRUE);
  actor->kind = kind >= 0 ? kind : FV_ACTOR_PERSON;
  read_text (r, object, "name", TRUE, &actor->name);
  read_text (r, object, "role", FALSE, &actor->role);
  read_references (r, object, actor_members, &actor->references);
}

static const char *event_members[] = {
  "id", "date", "precision", "end_date", "end_precision", "approximate", "title",
  "description", "actors", "references", NULL
};

static void
read_event (Reader     *r,
            JsonObject *object,
            guint       index)
{
  FvEvent *event = &r->model->events[index];

  check_members (r, object, event_members);
  read_date (r, object, "date", "precision", TRUE, &event->date);
  read_date (r, object, "end_date", "end_precision", FALSE, &event->end);
  read_boolean (r, object, "approximate", &event->approximate);
  read_text (r, object, "title", TRUE, &event->title);
  read_text (r, object, "description", FALSE, &event->description);
  event->actors = (const FvActor **) read_ref_array (r, object, "actors", FV_KIND_ACTOR,
                                                      &event->n_actors);
  read_references (r, object, event_members, &event->references);

  if (event->date.precision != FV_DATE_PRECISION_NONE &&
      event->end.precision != FV_DATE_PRECISION_NONE)
    {
      FvDate start = event->date, end = event->end;
      guint common = MIN (start.precision, end.precision);
      int cmp;

      /* Compare at the precision both have: 2012 is not before 2012-03. */
      if (common < FV_DATE_PRECISION_DAY)
        start.day = end.day = 0;
      if (common < FV_DATE_PRECISION_MONTH)
        start.month = end.month = 0;
      cmp = fv_date_compare (&end, &start);

      if (cmp < 0 || (cmp == 0 && event->date.precision == event->end.precision))
        {
          problem_at (r, "end_date", FV_MODEL_ERROR_DATE,
                      cmp < 0 ? _("The event ends before it starts")
                              : _("The event ends when it starts: leave out “end_date” for a "
                                  "single date"));
        }
    }
}

static const char *statement_members[] = {
  "id", "actor", "kind", "words", "translation", "setting", "about", "date", "precision",
  "references", NULL
};

static void
read_statement (Reader     *r,
                JsonObject *object,
                guint       index)
{
  static const char *kinds[] = { "quotation", "paraphrase", NULL };
  FvStatement *statement = &r->model->statements[index];
  JsonNode *words;
  int kind;

  check_members (r, object, statement_members);
  statement->actor = read_ref (r, object, "actor", FV_KIND_ACTOR, TRUE);
  kind = read_enum (r, object, "kind", kinds, TRUE);
  statement->kind = kind >= 0 ? kind : FV_STATEMENT_PARAPHRASE;
  read_text (r, object, "setting", FALSE, &statement->setting);
  read_text (r, object, "about", FALSE, &statement->about);
  read_date (r, object, "date", "precision", FALSE, &statement->date);
  read_references (r, object, statement_members, &statement->references);

  words = get_member (r, object, "words", TRUE);
  if (words != NULL && kind == FV_STATEMENT_QUOTATION)
    {
      gsize len = push_member (r, "words");

      /* A quotation is the words that were said, in the language they were
       * said in; what it means in other languages is its "translation". */
      if (JSON_NODE_HOLDS_OBJECT (words))
        problem (r, FV_MODEL_ERROR_TYPE,
                 _("A quotation is the words that were said: give them as a string, and "
                   "translations in “translation”"));
      else
        statement->words.original = copy (r, as_string (r, words));

      if (statement->words.original != NULL)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < statement->references.n_items; i++)
            {
              const char *quote = statement->references.items[i].quote;
              found |= (quote != NULL && strstr (quote, statement->words.original) != NULL);
            }

          if (!found && statement->references.n_items > 0)
            problem (r, FV_MODEL_ERROR_REFERENCE,
                     _("A quotation needs a reference whose “quote” holds these exact words"));
        }
      pop (r, len);

      read_translation (r, object, &statement->translation);
    }
  else if (words != NULL)
    {
      read_text (r, object, "words", TRUE, &statement->words);

      if (json_object_has_member (object, "translation"))
        {
          gsize len = push_member (r, "translation");
          problem (r, FV_MODEL_ERROR_VALUE,
                   _("Only a quotation has a “translation”; a paraphrase is translated in “words”"));
          pop (r, len);
        }
    }
}

static const char *figure_members[] = {
  "id", "label", "value", "unit", "population", "measure", "date", "precision", "actor",
  "references", NULL
};

static void
read_figure (Reader     *r,
             JsonObject *object,
             guint       index)
{
  FvFigure *figure = &r->model->figures[index];
  const char *unit;
  JsonNode *value;
  gboolean have_value = FALSE;

  check_members (r, object, figure_members);
  read_text (r, object, "label", TRUE, &figure->label);
  read_text (r, object, "population", FALSE, &figure->population);
  read_text (r, object, "measure", FALSE, &figure->measure);
  read_date (r, object, "date", "precision", FALSE, &figure->date);
  figure->actor = read_ref (r, object, "actor", FV_KIND_ACTOR, FALSE);
  read_references (r, object, figure_members, &figure->references);

  unit = read_string (r, object, "unit", TRUE);
  if (unit != NULL)
    {
      gsize len = push_member (r, "unit");

      if (strcmp (unit, "percent") == 0)
        figure->unit = FV_UNIT_PERCENT;
      else if (strcmp (unit, "count") == 0)
        figure->unit = FV_UNIT_COUNT;
      else if (strlen (unit) == 3 && g_ascii_isupper (unit[0]) && g_ascii_isupper (unit[1]) &&
               g_ascii_isupper (unit[2]))
        {
          figure->unit = FV_UNIT_CURRENCY;
          memcpy (figure->currency, unit, 4);
        }
      else
        {
          problem (r, FV_MODEL_ERROR_VALUE,
                   _("“%s” is not a unit: use “percent”, “count” or a currency code such as “USD”"),
                   unit);
          unit = NULL;
        }
      pop (r, len);
    }

  value = get_member (r, object, "value", TRUE);
  if (value != NULL)
    {
      gsize len = push_member (r, "value");

      if (!JSON_NODE_HOLDS_VALUE (value) ||
          (json_node_get_value_type (value) != G_TYPE_INT64 &&
           json_node_get_value_type (value) != G_TYPE_DOUBLE))
        wrong_type (r, value, _("a number"));
      else
        {
          figure->value = json_node_get_value_type (value) == G_TYPE_INT64
                        ? (double) json_node_get_int (value)
                        : json_node_get_double (value);
          have_value = TRUE;
        }

      if (have_value && unit != NULL)
        {
          if (figure->unit == FV_UNIT_PERCENT && (figure->value < 0 || figure->value > 100))
            problem (r, FV_MODEL_ERROR_VALUE, _("A percentage must be from 0 to 100"));
          else if (figure->unit != FV_UNIT_PERCENT && figure->value < 0)
            problem (r, FV_MODEL_ERROR_VALUE, _("A count or an amount cannot be negative"));
          else if (figure->unit == FV_UNIT_COUNT && figure->value != (double) (gint64) figure->value)
            problem (r, FV_MODEL_ERROR_VALUE, _("A count must be a whole number"));
        }
      pop (r, len);
    }
}

static const char *case_item_members[] = { "text", "references", NULL };

static void
read_case_item (Reader     *r,
                JsonNode   *node,
                FvCaseItem *item)
{
  JsonObject *object = as_object (r, node);

  if (object == NULL)
    return;

  check_members (r, object, case_item_members);
  read_text (r, object, "text", TRUE, &item->text);
  read_references (r, object, case_item_members, &item->references);
}

static const FvCaseItem *
read_case_items (Reader     *r,
                 JsonObject *object,
                 const char *name,
                 guint      *n_out)
{
  JsonArray *array = get_array (r, object, name, FALSE);
  guint n = array ? json_array_get_length (array) : 0;
  FvCaseItem *items = fv_model_new0 (r->model, FvCaseItem, n);
  gsize len = push_member (r, name);

  for (guint i = 0; i < n; i++)
    {
      gsize ilen = push_index (r, i);
      read_case_item (r, json_array_get_element (array, i), &items[i]);
      pop (r, ilen);
    }

  pop (r, len);
  *n_out = n;
  return items;
}

static const char *case_members[] = {
  "id", "title", "place", "subject", "summary", "tactics", "outcomes", "lesson", "events",
  "figures", "statements", "references", NULL
};

static void
read_case (Reader     *r,
           JsonObject *object,
           guint       index)
{
  FvCase *c = &r->model->cases[index];
  JsonNode *lesson;

  check_members (r, object, case_members);
  read_text (r, object, "title", TRUE, &c->title);
  read_text (r, object, "place", TRUE, &c->place);
  c->subject = read_ref (r, object, "subject", FV_KIND_ACTOR, FALSE);
  read_text (r, object, "summary", TRUE, &c->summary);
  c->tactics = read_case_items (r, object, "tactics", &c->n_tactics);
  c->outcomes = read_case_items (r, object, "outcomes", &c->n_outcomes);

  lesson = get_member (r, object, "lesson", FALSE);
  if (lesson != NULL)
    {
      gsize len = push_member (r, "lesson");
      read_case_item (r, lesson, &c->lesson);
      pop (r, len);
    }

  c->events = (const FvEvent **) read_ref_array (r, object, "events", FV_KIND_EVENT,
                                                  &c->n_events);
  c->figures = (const FvFigure **) read_ref_array (r, object, "figures", FV_KIND_FIGURE,
                                                    &c->n_figures);
  c->statements = (const FvStatement **) read_ref_array (r, object, "statements",
                                                          FV_KIND_STATEMENT, &c->n_statements);
  read_references (r, object, case_members, &c->references);
}

static int
compare_events_by_date (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  const FvEvent *ea = *(const FvEvent **) a;
  const FvEvent *eb = *(const FvEvent **) b;

  return fv_date_compare (&ea->date, &eb->date);
}

static const char *tab_names[] = { "timeline", "case", "statements", NULL };

static void
read_chart_data (Reader     *r,
                 JsonObject *object,
                 FvChart    *chart)
{
  static const char *timeline_members[] = { "events", "lanes", NULL };
  static const char *bar_members[] = { "figures", NULL };
  static const char *lane_members[] = { "label", "events", NULL };
  JsonNode *node = get_member (r, object, "data", chart->type == FV_CHART_BAR);
  JsonObject *data = NULL;
  gsize len = 0;

  if (node != NULL)
    {
      len = push_member (r, "data");
      data = as_object (r, node);
      if (data != NULL)
        check_members (r, data, chart->type == FV_CHART_BAR ? bar_members : timeline_members);
    }

  if (chart->type == FV_CHART_BAR)
    {
      if (data != NULL)
        {
          chart->figures = (const FvFigure **) read_ref_array (r, data, "figures",
                                                                FV_KIND_FIGURE,
                                                                &chart->n_figures);
          if (!json_object_has_member (data, "figures"))
            problem (r, FV_MODEL_ERROR_MISSING, _("The required member “%s” is missing"),
                     "figures");
          else if (chart->n_figures == 0)
            {
              problem_at (r, "figures", FV_MODEL_ERROR_VALUE,
                          _("A bar chart needs at least one figure"));
            }

          for (guint i = 1; i < chart->n_figures; i++)
            if (chart->figures[i]->unit != chart->figures[0]->unit ||
                strcmp (chart->figures[i]->currency, chart->figures[0]->currency) != 0)
              {
                problem_at (r, "figures", FV_MODEL_ERROR_VALUE,
                            _("The figures of one bar chart must share a unit"));
                break;
              }
        }
    }
  else if (data != NULL && json_object_has_member (data, "lanes"))
    {
      JsonArray *lanes = get_array (r, data, "lanes", FALSE);
      guint n = lanes ? json_array_get_length (lanes) : 0;
      FvChartLane *items = fv_model_new0 (r->model, FvChartLane, n);
      gsize llen = push_member (r, "lanes");

      if (json_object_has_member (data, "events"))
        problem (r, FV_MODEL_ERROR_VALUE, _("Give either “events” or “lanes”, not both"));
      if (lanes != NULL && n == 0)
        problem (r, FV_MODEL_ERROR_VALUE, _("A timeline needs at least one lane"));

      for (guint i = 0; i < n; i++)
        {
          gsize ilen = push_index (r, i);
          JsonObject *lane = as_object (r, json_array_get_element (lanes, i));

          if (lane != NULL)
            {
              check_members (r, lane, lane_members);
              read_text (r, lane, "label", TRUE, &items[i].label);
              items[i].events = (const FvEvent **) read_ref_array (r, lane, "events",
                                                                    FV_KIND_EVENT,
                                                                    &items[i].n_events);
              if (!json_object_has_member (lane, "events"))
                problem (r, FV_MODEL_ERROR_MISSING, _("The required member “%s” is missing"),
                         "events");
              g_qsort_with_data (items[i].events, items[i].n_events, sizeof (gpointer),
                                 compare_events_by_date, NULL);
            }
          pop (r, ilen);
        }

      chart->lanes = items;
      chart->n_lanes = n;
      pop (r, llen);
    }
  else
    {
      FvChartLane *lane = fv_model_new0 (r->model, FvChartLane, 1);

      if (data != NULL && json_object_has_member (data, "events"))
        {
          lane->events = (const FvEvent **) read_ref_array (r, data, "events", FV_KIND_EVENT,
                                                             &lane->n_events);
          g_qsort_with_data (lane->events, lane->n_events, sizeof (gpointer),
                             compare_events_by_date, NULL);
        }
      else
        {
          /* All events: share the model's date order rather than copy it. */
          lane->events = r->model->events_by_date;
          lane->n_events = r->model->n_events;
        }

      chart->lanes = lane;
      chart->n_lanes = 1;
    }

  if (node != NULL)
    pop (r, len);
}

static const char *chart_members[] = {
  "id", "type", "tab", "title", "subtitle", "description", "source_line", "data", NULL
};

static void
read_chart (Reader     *r,
            JsonObject *object,
            guint       index)
{
  static const char *types[] = { "timeline", "bar", NULL };
  FvChart *chart = &r->model->charts[index];
  int type, tab;

  check_members (r, object, chart_members);
  type = read_enum (r, object, "type", types, TRUE);
  tab = read_enum (r, object, "tab", tab_names, TRUE);
  chart->tab = tab >= 0 ? tab : FV_TAB_TIMELINE;
  read_text (r, object, "title", TRUE, &chart->title);
  read_text (r, object, "subtitle", FALSE, &chart->subtitle);
  read_text (r, object, "description", FALSE, &chart->description);
  read_text (r, object, "source_line", FALSE, &chart->source_line);

  if (type >= 0)
    {
      chart->type = type;
      read_chart_data (r, object, chart);
    }
}

static void
read_tabs (Reader     *r,
           JsonObject *root)
{
  static const char *timeline_members[] = { "title", NULL };
  static const char *case_members_[] = { "title", "case", NULL };
  static const char *statements_members[] = { "title", "lead_actors", NULL };
  static const char * const *members[] = { timeline_members, case_members_, statements_members };
  JsonNode *node = get_member (r, root, "tabs", TRUE);
  JsonObject *tabs;
  gsize len;

  if (node == NULL)
    return;

  len = push_member (r, "tabs");
  tabs = as_object (r, node);
  if (tabs != NULL)
    check_members (r, tabs, tab_names);

  for (guint t = 0; tabs != NULL && t < FV_N_TABS; t++)
    {
      JsonNode *tab_node = get_member (r, tabs, tab_names[t], TRUE);
      JsonObject *tab;
      gsize tlen;

      if (tab_node == NULL)
        continue;

      tlen = push_member (r, tab_names[t]);
      tab = as_object (r, tab_node);
      if (tab != NULL)
        {
          check_members (r, tab, members[t]);
          read_text (r, tab, "title", TRUE, &r->model->tab_titles[t]);

          if (t == FV_TAB_CASE)
            r->model->tab_case = read_ref (r, tab, "case", FV_KIND_CASE, FALSE);
          else if (t == FV_TAB_STATEMENTS)
            r->model->lead_actors = (const FvActor **) read_ref_array (r, tab, "lead_actors",
                                                                        FV_KIND_ACTOR,
                                                                        &r->model->n_lead_actors);
        }
      pop (r, tlen);
    }

  pop (r, len);
}

static void
index_statements_by_actor (FvModel *model)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < model->n_statements; i++)
    {
      const FvActor *actor = model->statements[i].actor;
      FvStatementList *list = g_hash_table_lookup (model->statements_by_actor, actor);

      if (actor == NULL)
        continue;
      if (list == NULL)
        {
          list = fv_model_new0 (model, FvStatementList, 1);
          g_hash_table_insert (model->statements_by_actor, (gpointer) actor, list);
        }
      list->n_items++;
    }

  for (guint i = 0; i < model->n_statements; i++)
    {
      const FvActor *actor = model->statements[i].actor;
      FvStatementList *list;
      guint filled;

      if (actor == NULL)
        continue;

      list = g_hash_table_lookup (model->statements_by_actor, actor);
      if (list->items == NULL)
        list->items = fv_model_new0 (model, const FvStatement *, list->n_items);
      filled = GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor));
      list->items[filled] = &model->statements[i];
      g_hash_table_insert (counts, (gpointer) actor, GUINT_TO_POINTER (filled + 1));
    }
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_ascii_strcasecmp (*(const char **) a, *(const char **) b);
}

/* The model's own language first, then the others its texts have. */
static void
collect_languages (Reader *r)
{
  GPtrArray *tags = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer tag;

  if (r->model->language != NULL)
    g_hash_table_remove (r->languages, r->model->language);

  g_hash_table_iter_init (&iter, r->languages);
  while (g_hash_table_iter_next (&iter, &tag, NULL))
    g_ptr_array_add (tags, g_strdup (tag));
  g_ptr_array_sort (tags, compare_tags);
  if (r->model->language != NULL)
    g_ptr_array_insert (tags, 0, g_strdup (r->model->language));
  g_ptr_array_add (tags, NULL);

  g_strfreev (r->model->languages);
  r->model->languages = (char **) g_ptr_array_free (tags, FALSE);
}

/* What a chart's drawing needs from all its events, gathered once here
 * rather than at every drawing: each lane's day numbers and span, and the
 * sources cited, first cited first (the figures', then the events'). */
static void
add_cited (GHashTable         *seen,
           GPtrArray          *sources,
           const FvReferences *refs)
{
  for (guint i = 0; i < refs->n_items; i++)
    if (g_hash_table_add (seen, (gpointer) refs->items[i].source))
      g_ptr_array_add (sources, (gpointer) refs->items[i].source);
}

static void
index_charts (Reader *r)
{
  FvModel *model = r->model;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  for (guint c = 0; c < model->n_charts; c++)
    {
      FvChart *chart = &model->charts[c];
      const FvSource **cited;

      g_hash_table_remove_all (seen);
      g_ptr_array_set_size (sources, 0);

      for (guint i = 0; i < chart->n_figures; i++)
        add_cited (seen, sources, &chart->figures[i]->references);

      for (guint l = 0; l < chart->n_lanes; l++)
        {
          FvChartLane *lane = (FvChartLane *) &chart->lanes[l];
          gint32 *first_days = fv_model_new0 (r->model, gint32, MAX (lane->n_events, 1));

          lane->first_day = lane->day_after = 0;
          for (guint i = 0; i < lane->n_events; i++)
            {
              const FvEvent *event = lane->events[i];
              const FvDate *last = event->end.precision != FV_DATE_PRECISION_NONE ? &event->end
                                                                                  : &event->date;
              gint32 after = fv_date_day_after (last);

              first_days[i] = fv_date_first_day (&event->date);
              if (i == 0 || first_days[i] < lane->first_day)
                lane->first_day = first_days[i];
              if (i == 0 || after > lane->day_after)
                lane->day_after = after;
              add_cited (seen, sources, &event->references);
            }
          lane->first_days = first_days;
        }

      cited = fv_model_new0 (r->model, const FvSource *, MAX (sources->len, 1));
      if (sources->len > 0)
        memcpy (cited, sources->pdata, sources->len * sizeof (gpointer));
      chart->sources = cited;
      chart->n_sources = sources->len;
    }
}

static const char *root_members[] = {
  "$schema", "schema_version", "language", "title", "summary", "tabs", "sources", "actors",
  "events", "statements", "figures", "cases", "charts", NULL
};

gboolean
fv_model_read (FvModel   *model,
               JsonNode  *root,
               GPtrArray *problems)
{
  Reader reader = { model, g_array_sized_new (FALSE, FALSE, sizeof (Step), 16),
                    problems,
                    g_hash_table_new (fv_language_hash, fv_language_equal) };
  Reader *r = &reader;
  JsonArray *sources, *actors, *events, *statements, *figures, *cases, *charts;
  guint first_problem = problems->len;
  JsonObject *object;
  const char *language;
  gint64 version = 0;

  object = as_object (r, root);
  if (object == NULL)
    goto out;

  /* The version says how to read the rest: without a known one, stop. */
  if (!json_object_has_member (object, "schema_version"))
    {
      problem (r, FV_MODEL_ERROR_VERSION,
               _("The required member “schema_version” is missing: is this a fact model?"));
      goto out;
    }
  if (!read_integer (r, object, "schema_version", 0, G_MAXINT32, TRUE, &version))
    goto out;
  if (version != FV_MODEL_SCHEMA_VERSION)
    {
      problem_at (r, "schema_version", FV_MODEL_ERROR_VERSION,
                  _("Schema version %lld is not known to this version of Fact Viewer, "
                    "which reads version %d"),
                  (long long) version, FV_MODEL_SCHEMA_VERSION);
      goto out;
    }

  check_members (r, object, root_members);

  language = read_string (r, object, "language", TRUE);
  if (language != NULL && !is_language_tag (language))
    {
      problem_at (r, "language", FV_MODEL_ERROR_VALUE,
                  _("“%s” is not a language tag such as “en” or “pt-BR”"), language);
    }
  else
    model->language = language;

  read_text (r, object, "title", TRUE, &model->title);
  read_text (r, object, "summary", FALSE, &model->summary);

  sources = get_array (r, object, "sources", TRUE);
  actors = get_array (r, object, "actors", FALSE);
  events = get_array (r, object, "events", FALSE);
  statements = get_array (r, object, "statements", FALSE);
  figures = get_array (r, object, "figures", FALSE);
  cases = get_array (r, object, "cases", FALSE);
  charts = get_array (r, object, "charts", FALSE);

#define ALLOCATE(array, field, type) \
  model->n_##field = array ? json_array_get_length (array) : 0; \
  model->field = fv_model_new0 (model, type, model->n_##field)

  ALLOCATE (sources, sources, FvSource);
  ALLOCATE (actors, actors, FvActor);
  ALLOCATE (events, events, FvEvent);
  ALLOCATE (statements, statements, FvStatement);
  ALLOCATE (figures, figures, FvFigure);
  ALLOCATE (cases, cases, FvCase);
  ALLOCATE (charts, charts, FvChart);
#undef ALLOCATE

  register_ids (r, "sources", sources, FV_KIND_SOURCE, model->sources, sizeof (FvSource));
  register_ids (r, "actors", actors, FV_KIND_ACTOR, model->actors, sizeof (FvActor));
  register_ids (r, "events", events, FV_KIND_EVENT, model->events, sizeof (FvEvent));
  register_ids (r, "statements", statements, FV_KIND_STATEMENT, model->statements,
                sizeof (FvStatement));
  register_ids (r, "figures", figures, FV_KIND_FIGURE, model->figures, sizeof (FvFigure));
  register_ids (r, "cases", cases, FV_KIND_CASE, model->cases, sizeof (FvCase));
  register_ids (r, "charts", charts, FV_KIND_CHART, model->charts, sizeof (FvChart));

  read_each (r, "sources", sources, read_source);
  read_each (r, "actors", actors, read_actor);
  read_each (r, "events", events, read_event);

  model->events_by_date = fv_model_new0 (model, const FvEvent *, model->n_events + 1);
  for (guint i = 0; i < model->n_events; i++)
    model->events_by_date[i] = &model->events[i];
  g_qsort_with_data (model->events_by_date, model->n_events, sizeof (gpointer),
                     compare_events_by_date, NULL);

  read_each (r, "statements", statements, read_statement);
  read_each (r, "figures", figures, read_figure);
  read_each (r, "cases", cases, read_case);
  read_each (r, "charts", charts, read_chart);
  read_tabs (r, object);

  if (model->tab_case == NULL && model->n_cases > 0)
    model->tab_case = &model->cases[0];
  /* Only a model without problems has every reference in place. */
  if (problems->len == first_problem)
    index_charts (r);

  index_statements_by_actor (model);

  collect_languages (r);

out:
  g_array_unref (r->path);
  g_hash_table_unref (r->languages);
  return problems->len == first_problem;
}
