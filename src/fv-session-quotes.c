/* fv-session-quotes.c — the source texts a session's quotations are checked against
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person gives the text a source was made from ("Check Quotations
 * Against a File…"); the window reads it and checks the model's quotations
 * against it in a worker, and hands both here. Every view finds a
 * quotation's check by its reference, in constant time, and the quotation
 * shown beside the story (the side pane) is the session's too. Another
 * model (a reload) keeps the texts of the sources it still has and drops
 * every check, which points into the model before: the window checks the
 * new model against the texts kept.
 */
#include "config.h"

#include "fv-session-private.h"

static void
update_checks_by_reference (FvSession *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_remove_all (self->checks_by_reference);
  g_hash_table_iter_init (&iter, self->quote_checks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GPtrArray *checks = value;

      for (guint i = 0; i < checks->len; i++)
        {
          const FvQuoteCheck *check = g_ptr_array_index (checks, i);

          g_hash_table_insert (self->checks_by_reference, (gpointer) check->reference,
                               (gpointer) check);
        }
    }
}

void
fv_session_quotes_init (FvSession *self)
{
  self->source_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) fv_source_text_unref);
  self->quote_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  self->checks_by_reference = g_hash_table_new (NULL, NULL);
}

void
fv_session_quotes_finalize (FvSession *self)
{
  g_clear_pointer (&self->checks_by_reference, g_hash_table_unref);
  g_clear_pointer (&self->quote_checks, g_hash_table_unref);
  g_clear_pointer (&self->source_texts, g_hash_table_unref);
}

void
fv_session_quotes_install (GObjectClass *object_class)
{
  /* How many sources have their quotations checked; notified whenever a
   * check comes or goes, whether or not the number changes. */
  fv_session_properties[PROP_CHECKED_SOURCES] =
    g_param_spec_uint ("checked-sources", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The FvReference whose quotation is shown with its source's paragraph,
   * or NULL. */
  fv_session_properties[PROP_SHOWN_QUOTE] =
    g_param_spec_pointer ("shown-quote", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

/* Called once the session holds another model: the checks and the quotation
 * shown point into the model before. */
void
fv_session_quotes_model_changed (FvSession *self)
{
  GHashTableIter iter;
  gpointer key;
  gboolean had = g_hash_table_size (self->quote_checks) > 0;

  fv_session_set_shown_quote (self, NULL);
  g_hash_table_remove_all (self->checks_by_reference);
  g_hash_table_remove_all (self->quote_checks);

  g_hash_table_iter_init (&iter, self->source_texts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (self->model == NULL || fv_model_lookup_source (self->model, key) == NULL)
      g_hash_table_iter_remove (&iter);

  if (had)
    g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_CHECKED_SOURCES]);
}

/**
 * fv_session_set_quote_checks:
 * @model: the model @checks were made from
 * @source_id: the source whose text @text is
 * @checks: (transfer none): fv_quote_check_model()'s checks of @model's
 *   quotations into that source against @text
 *
 * Keeps @text as the text of the source, and its checks. Nothing changes
 * when the session holds another model than @model by now (it was reloaded
 * while the check ran): the window checks the new one.
 *
 * Returns: whether the checks were taken
 */
gboolean
fv_session_set_quote_checks (FvSession    *self,
                             FvModel      *model,
                             const char   *source_id,
                             FvSourceText *text,
                             GPtrArray    *checks)
{
  g_return_val_if_fail (FV_IS_SESSION (self), FALSE);
  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (source_id != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (checks != NULL, FALSE);

  if (model != self->model || fv_model_lookup_source (model, source_id) == NULL)
    return FALSE;

  /* The quotation shown may be one of the checks replaced. */
  fv_session_set_shown_quote (self, NULL);
  g_hash_table_replace (self->source_texts, g_strdup (source_id), fv_source_text_ref (text));
  g_hash_table_replace (self->quote_checks, g_strdup (source_id), g_ptr_array_ref (checks));
  update_checks_by_reference (self);
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_CHECKED_SOURCES]);

  return TRUE;
}

/**
 * fv_session_get_source_texts:
 *
 * Returns: (transfer none): source id → FvSourceText, every text given for
 *   a source of the model
 */
GHashTable *
fv_session_get_source_texts (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->source_texts;
}

/**
 * fv_session_find_quote_check:
 *
 * Returns: (nullable): how @reference's quotation fared against its
 *   source's text, or NULL when it was not checked
 */
const FvQuoteCheck *
fv_session_find_quote_check (FvSession         *self,
                             const FvReference *reference)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return g_hash_table_lookup (self->checks_by_reference, reference);
}

/* Whether any source has a text its quotations were checked against: then
 * every quotation carries a mark, "not checked" too. */
gboolean
fv_session_has_quote_checks (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), FALSE);

  return g_hash_table_size (self->quote_checks) > 0;
}

const FvReference *
fv_session_get_shown_quote (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->shown_quote;
}

/**
 * fv_session_set_shown_quote:
 * @reference: (nullable): a checked reference of the model, or NULL
 *
 * Shows @reference's quotation with its source's paragraph, where the
 * window shows it.
 */
void
fv_session_set_shown_quote (FvSession         *self,
                            const FvReference *reference)
{
  g_return_if_fail (FV_IS_SESSION (self));
  g_return_if_fail (reference == NULL ||
                    g_hash_table_contains (self->checks_by_reference, reference));

  if (self->shown_quote == reference)
    return;

  self->shown_quote = reference;
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_SHOWN_QUOTE]);
}
