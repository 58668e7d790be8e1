/* fv-model-search.c — which facts a search finds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A search looks at what a reader sees of a fact, in the language they read
 * it in: its title and description or words, the people in it and the
 * titles of its sources, without regard to case.
 */
#include "config.h"

#include <string.h>

#include "fv-model-search.h"

/**
 * fv_search_fold:
 * @query: (nullable): what a person typed
 *
 * Returns: (nullable): @query without the spaces around it and folded for
 *   comparing without case, as fv_model_find_events() takes it; %NULL when
 *   nothing is left, which is no search at all
 */
char *
fv_search_fold (const char *query)
{
  g_autofree char *stripped = g_strstrip (g_strdup (query != NULL ? query : ""));

  if (*stripped == '\0')
    return NULL;

  return g_utf8_casefold (stripped, -1);
}

static gboolean
text_matches (FvModel            *model,
              const FvText       *text,
              const char         *needle,
              const char * const *languages)
{
  const char *value = fv_model_text (model, text, languages);
  g_autofree char *folded = NULL;

  if (value == NULL)
    return FALSE;

  folded = g_utf8_casefold (value, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
references_match (FvModel            *model,
                  const FvReferences *refs,
                  const char         *needle,
                  const char * const *languages)
{
  for (guint i = 0; i < refs->n_items; i++)
    if (text_matches (model, &refs->items[i].source->title, needle, languages))
      return TRUE;
  return FALSE;
}

static gboolean
actor_matches (FvModel            *model,
               const FvActor      *actor,
               const char         *needle,
               const char * const *languages)
{
  return text_matches (model, &actor->name, needle, languages) ||
         text_matches (model, &actor->role, needle, languages);
}

static gboolean
event_matches (FvModel            *model,
               const FvEvent      *event,
               const char         *needle,
               const char * const *languages)
{
  if (text_matches (model, &event->title, needle, languages) ||
      text_matches (model, &event->description, needle, languages) ||
      references_match (model, &event->references, needle, languages))
    return TRUE;

  for (guint i = 0; i < event->n_actors; i++)
    if (actor_matches (model, event->actors[i], needle, languages))
      return TRUE;

  return FALSE;
}

/* A quotation in parts is searched as it was said: each part, and the
 * words across a gap (the end of one part and the start of the next), but
 * not the mark that stands for the reporter's words between them. */
static gboolean
words_match (FvModel            *model,
             const FvStatement  *statement,
             const char         *needle,
             const char * const *languages)
{
  g_autofree char *joined = NULL;
  g_autofree char *folded = NULL;

  if (statement->n_parts == 0)
    return text_matches (model, &statement->words, needle, languages);
  joined = g_strjoinv (" ", (char **) statement->parts);
  folded = g_utf8_casefold (joined, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
statement_matches (FvModel            *model,
                   const FvStatement  *statement,
                   const char         *needle,
                   const char * const *languages)
{
  return words_match (model, statement, needle, languages) ||
         text_matches (model, &statement->translation, needle, languages) ||
         text_matches (model, &statement->setting, needle, languages) ||
         text_matches (model, &statement->about, needle, languages) ||
         actor_matches (model, statement->actor, needle, languages) ||
         references_match (model, &statement->references, needle, languages);
}

/**
 * fv_model_find_events:
 * @folded: a query from fv_search_fold()
 * @languages: (nullable): the reader's, from fv_languages_new()
 *
 * Returns: (transfer full): the set of the ids of the events @folded finds
 */
GHashTable *
fv_model_find_events (FvModel            *model,
                      const char         *folded,
                      const char * const *languages)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (FV_IS_MODEL (model), ids);
  g_return_val_if_fail (folded != NULL, ids);

  for (guint i = 0; i < fv_model_get_n_events (model); i++)
    {
      const FvEvent *event = fv_model_get_event (model, i);

      if (event_matches (model, event, folded, languages))
        g_hash_table_add (ids, (gpointer) event->id);
    }

  return ids;
}

/**
 * fv_model_find_statements:
 *
 * Returns: (transfer full): the set of the ids of the statements @folded
 *   finds, as fv_model_find_events() does for events
 */
GHashTable *
fv_model_find_statements (FvModel            *model,
                          const char         *folded,
                          const char * const *languages)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (FV_IS_MODEL (model), ids);
  g_return_val_if_fail (folded != NULL, ids);

  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);

      if (statement_matches (model, statement, folded, languages))
        g_hash_table_add (ids, (gpointer) statement->id);
    }

  return ids;
}

/**
 * fv_case_count_found:
 * @events: ids of the events a search found
 * @statements: ids of the statements it found
 *
 * Returns: how many of the case's own facts (its events and statements)
 *   the search found: what the case's tab counts
 */
guint
fv_case_count_found (const FvCase *c,
                     GHashTable   *events,
                     GHashTable   *statements)
{
  guint n = 0;

  g_return_val_if_fail (c != NULL, 0);
  g_return_val_if_fail (events != NULL && statements != NULL, 0);

  for (guint i = 0; i < c->n_events; i++)
    n += g_hash_table_contains (events, c->events[i]->id);
  for (guint i = 0; i < c->n_statements; i++)
    n += g_hash_table_contains (statements, c->statements[i]->id);

  return n;
}
