/* fv-fact-reader.c — what every kind of fact has: an id, links, dates, sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kinds are read in the order in which they refer to each other, and every
 * id is registered before anything is read, so an id resolves whatever the
 * order of members in the file.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-date.h"
#include "fv-fact-reader.h"

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


/* ---- Ids ---------------------------------------------------------------- */

static gboolean
fv_reader_is_id (const char *id)
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
void
fv_reader_register_ids (FvReader   *r,
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

  len = fv_reader_push_member (r, name);
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

      ilen = fv_reader_push_index (r, i);
      id = fv_reader_read_string (r, json_node_get_object (node), "id", TRUE);

      if (id != NULL)
        {
          gsize idlen = fv_reader_push_member (r, "id");

          if (!fv_reader_is_id (id))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("“%s” is not a valid id: use letters, digits, “-”, “_” and “.”, "
                                 "starting with a letter or digit, at most 128 characters"),
                               fv_reader_quote (r, id));
          else if ((entry = g_hash_table_lookup (r->model->ids, id)) != NULL)
            /* translators: "The id “x” is already used by an event" */
            fv_reader_problem (r, FV_MODEL_ERROR_DUPLICATE_ID,
                               _("The id “%s” is already used by %s"),
                               id, _(kind_phrases[entry->kind]));
          else
            {
              entry = fv_model_new0 (r->model, FvIdEntry, 1);
              entry->kind = kind;
              entry->thing = thing;
              g_hash_table_insert (r->model->ids, (char *) id, entry);
              *(const char **) thing = id;
            }
          fv_reader_pop (r, idlen);
        }
      fv_reader_pop (r, ilen);
    }

  fv_reader_pop (r, len);
}

/* The thing of KIND that NODE (a string) names, or NULL. */
static gconstpointer
fv_reader_resolve (FvReader *r,
                   JsonNode *node,
                   FvKind    kind)
{
  const char *id = fv_reader_as_string (r, node);
  FvIdEntry *entry;

  if (id == NULL)
    return NULL;

  entry = g_hash_table_lookup (r->model->ids, id);
  if (entry == NULL)
    {
      /* translators: "No actor has the id “x”" */
      fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE, _("No %s has the id “%s”"),
                         _(kind_nouns[kind]), fv_reader_quote (r, id));
      return NULL;
    }
  if (entry->kind != kind)
    {
      /* translators: "“cpd” is an actor, not an event" */
      fv_reader_problem (r, FV_MODEL_ERROR_REFERENCE, _("“%s” is %s, not %s"),
                         id, _(kind_phrases[entry->kind]), _(kind_phrases[kind]));
      return NULL;
    }

  return entry->thing;
}

gconstpointer
fv_reader_read_ref (FvReader   *r,
                    JsonObject *object,
                    const char *name,
                    FvKind      kind,
                    gboolean    required)
{
  JsonNode *node = fv_reader_get_member (r, object, name, required);
  gconstpointer thing;
  gsize len;

  if (node == NULL)
    return NULL;

  len = fv_reader_push_member (r, name);
  thing = fv_reader_resolve (r, node, kind);
  fv_reader_pop (r, len);

  return thing;
}

/* An array of ids of KIND; the things, in order, with no id twice. */
gconstpointer *
fv_reader_read_ref_array (FvReader   *r,
                          JsonObject *object,
                          const char *name,
                          FvKind      kind,
                          guint      *n_out)
{
  JsonNode *node = fv_reader_get_member (r, object, name, FALSE);
  g_autoptr(GHashTable) seen = NULL;
  gconstpointer *things;
  JsonArray *array;
  guint n, count = 0;
  gsize len;

  *n_out = 0;
  if (node == NULL)
    return NULL;

  len = fv_reader_push_member (r, name);
  array = fv_reader_as_array (r, node);
  n = array ? json_array_get_length (array) : 0;
  things = fv_model_new0 (r->model, gconstpointer, n + 1);
  /* Each id once: a set, not a scan of the list so far, which a list of
   * 200,000 ids would make 20 billion comparisons. */
  seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      gsize ilen = fv_reader_push_index (r, i);
      gconstpointer thing = fv_reader_resolve (r, json_array_get_element (array, i), kind);

      if (thing != NULL && !g_hash_table_add (seen, (gpointer) thing))
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is in this list twice"),
                           fv_reader_quote (r, json_array_get_string_element (array, i)));
      else if (thing != NULL)
        things[count++] = thing;

      fv_reader_pop (r, ilen);
    }

  fv_reader_pop (r, len);
  *n_out = count;
  return things;
}

/* ---- Dates -------------------------------------------------------------- */

static const char *precision_names[] = { "none", "year", "month", "day", NULL };


/* DATE_NAME ("date") and PRECISION_NAME ("precision"): an ISO 8601 calendar
 * date of 4, 7 or 10 characters that exists, and a precision that agrees. */
gboolean
fv_reader_read_date (FvReader   *r,
                     JsonObject *object,
                     const char *date_name,
                     const char *precision_name,
                     gboolean    required,
                     FvDate     *date)
{
  const char *str = fv_reader_read_string (r, object, date_name, required);
  int precision;
  gsize len;

  /* (No PRECISION_NAME: a date whose form alone says how precise it is.) */
  precision = precision_name != NULL
              ? fv_reader_read_enum (r, object, precision_name, precision_names + 1, FALSE) : -1;
  if (precision >= 0)
    precision += 1;

  if (str == NULL)
    {
      if (precision > 0)
        {
          len = fv_reader_push_member (r, precision_name);
          fv_reader_problem (r, FV_MODEL_ERROR_DATE, _("A precision without “%s”"), date_name);
          fv_reader_pop (r, len);
        }
      return FALSE;
    }

  len = fv_reader_push_member (r, date_name);

  if (!fv_date_parse_iso (str, date))
    {
      fv_reader_problem (r, FV_MODEL_ERROR_DATE,
                         _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
                         fv_reader_quote (r, str));
      fv_reader_pop (r, len);
      return FALSE;
    }

  if (date->year < 1 ||
      (date->month != 0 && date->month > 12) ||
      (date->precision >= FV_DATE_PRECISION_MONTH && date->month < 1) ||
      (date->precision == FV_DATE_PRECISION_DAY &&
       !g_date_valid_dmy (date->day, date->month, date->year)))
    {
      fv_reader_problem (r, FV_MODEL_ERROR_DATE, _("The date “%s” does not exist"), str);
      fv_reader_pop (r, len);
      memset (date, 0, sizeof *date);
      return FALSE;
    }

  fv_reader_pop (r, len);

  if (precision > 0 && precision != date->precision)
    {
      len = fv_reader_push_member (r, precision_name);
      fv_reader_problem (r, FV_MODEL_ERROR_DATE,
                         _("The precision “%s” does not agree with the date “%s”"),
                         precision_names[precision], str);
      fv_reader_pop (r, len);
      memset (date, 0, sizeof *date);
      return FALSE;
    }

  return TRUE;
}

/* ---- References --------------------------------------------------------- */

static void
fv_reader_read_reference (FvReader           *r,
                          JsonObject         *fact,
                          JsonNode           *node,
                          const char * const *fields,
                          FvReference        *ref)
{
  static const char *members[] = {
    "source", "paragraph", "locator", "quote", "fields", "reckoning", NULL
  };
  JsonObject *object = fv_reader_as_object (r, node);
  JsonNode *fields_node;
  gint64 paragraph = 0;

  if (object == NULL)
    return;

  fv_reader_check_members (r, object, members);
  ref->source = fv_reader_read_ref (r, object, "source", FV_KIND_SOURCE, TRUE);
  ref->locator = fv_reader_read_string (r, object, "locator", FALSE);
  ref->quote = fv_reader_read_string (r, object, "quote", FALSE);
  ref->reckoning = fv_reader_read_string (r, object, "reckoning", FALSE);
  /* The model's own reckoning backs a value it works out, not a whole fact. */
  if (ref->reckoning != NULL && !json_object_has_member (object, "fields"))
    fv_reader_problem_at (r, "reckoning", FV_MODEL_ERROR_MISSING,
                          _("A reckoning backs the values worked out: say which with “fields”, "
                            "such as [\"date\"]"));

  if (fv_reader_read_integer (r, object, "paragraph", 1, 100000, FALSE, &paragraph))
    {
      if (ref->source != NULL && ref->source->paragraphs > 0 &&
          paragraph > ref->source->paragraphs)
        {
          fv_reader_problem_at (r, "paragraph", FV_MODEL_ERROR_REFERENCE,
                                _("The source “%s” has %u paragraphs, not %lld"),
                                ref->source->id, ref->source->paragraphs, (long long) paragraph);
        }
      else
        ref->paragraph = paragraph;
    }
  else if (ref->source != NULL && ref->source->paragraphs > 0 &&
           json_object_get_member (object, "paragraph") == NULL)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_MISSING,
                         _("The source “%s” is counted in paragraphs: "
                           "say which with “paragraph”"),
                         ref->source->id);
    }

  fields_node = fv_reader_get_member (r, object, "fields", FALSE);
  if (fields_node != NULL)
    {
      gsize len = fv_reader_push_member (r, "fields");
      JsonArray *array = fv_reader_as_array (r, fields_node);
      guint n = array ? json_array_get_length (array) : 0;
      const char **names = fv_model_new0 (r->model, const char *, n + 1);
      guint count = 0;

      if (array != NULL && n == 0)
        fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                           _("Leave out “fields” rather than give it empty"));
      /* No fact has as many members: a list past it is not one. */
      if (n > FV_MODEL_MAX_REFERENCES)
        {
          fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A reference backs at most %d members; "
                                                        "this one names %u"),
                             FV_MODEL_MAX_REFERENCES, n);
          n = 0;
        }

      for (guint i = 0; i < n; i++)
        {
          gsize ilen = fv_reader_push_index (r, i);
          const char *name = fv_reader_as_string (r, json_array_get_element (array, i));

          if (name != NULL && (g_str_equal (name, "id") || g_str_equal (name, "references")))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("A source backs what a fact says, not its “%s”"), name);
          else if (name != NULL && !g_strv_contains (fields, name))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("“%s” is not a member of this fact"),
                               fv_reader_quote (r, name));
          /* "fields": ["date"] on a statement without a date would back
           * nothing a reader sees. */
          else if (name != NULL && fact != NULL && !json_object_has_member (fact, name))
            fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                               _("This fact has no “%s” for the reference to back: name a "
                                 "member it has, or give it"), name);
          else if (name != NULL)
            names[count++] = fv_reader_copy (r, name);
          fv_reader_pop (r, ilen);
        }

      ref->fields = names;
      fv_reader_pop (r, len);
    }
}

/* Every fact has references, at least one. FIELDS are the members of the
 * fact that a reference may say it backs. */
void
fv_reader_read_references (FvReader           *r,
                           JsonObject         *object,
                           const char * const *fields,
                           FvReferences       *refs)
{
  JsonNode *node = fv_reader_get_member (r, object, "references", TRUE);
  JsonArray *array;
  FvReference *items;
  guint n;
  gsize len;

  if (node == NULL)
    return;

  len = fv_reader_push_member (r, "references");
  array = fv_reader_as_array (r, node);
  n = array ? json_array_get_length (array) : 0;

  if (array != NULL && n == 0)
    fv_reader_problem (r, FV_MODEL_ERROR_MISSING, _("Every fact needs at least one reference"));
  /* A fact's references are listed wherever it is shown. */
  if (n > FV_MODEL_MAX_REFERENCES)
    {
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE, _("A fact has at most %d references; this one "
                                                    "has %u"), FV_MODEL_MAX_REFERENCES, n);
      n = 0;
    }

  items = fv_model_new0 (r->model, FvReference, n);
  for (guint i = 0; i < n; i++)
    {
      gsize ilen = fv_reader_push_index (r, i);
      fv_reader_read_reference (r, object, json_array_get_element (array, i), fields, &items[i]);
      fv_reader_pop (r, ilen);
    }

  refs->items = items;
  refs->n_items = n;
  fv_reader_pop (r, len);
}
