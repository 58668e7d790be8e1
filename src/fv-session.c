/* fv-session.c — what the views of one model share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model never changes; what a person does with it does: the language
 * its texts are read in, the search and what it finds, the fact selected,
 * how each chart is viewed (FvChartViewState) and which chart is current.
 * That lives here, as properties the pages and chart views listen to, so
 * that no view pushes state into another (as Sysprof's SysprofSession sits
 * beside its document). GObject and the model layer only: no GTK.
 */
#include "config.h"

#include "fv-model-search.h"
#include "fv-session-private.h"

G_DEFINE_FINAL_TYPE (FvSession, fv_session, G_TYPE_OBJECT)

GParamSpec *fv_session_properties[N_PROPS];

/* The search again, in the language and model at hand. */
static void
update_matches (FvSession *self)
{
  g_autofree char *folded = fv_search_fold (self->search_text);
  gboolean had = self->event_matches != NULL;

  g_clear_pointer (&self->event_matches, g_hash_table_unref);
  g_clear_pointer (&self->statement_matches, g_hash_table_unref);

  if (self->model != NULL && folded != NULL)
    {
      const char * const *languages = (const char * const *) self->languages;

      self->event_matches = fv_model_find_events (self->model, folded, languages);
      self->statement_matches = fv_model_find_statements (self->model, folded, languages);
    }

  if (had || self->event_matches != NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_EVENT_MATCHES]);
      g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_STATEMENT_MATCHES]);
    }
}

static void
fv_session_finalize (GObject *object)
{
  FvSession *self = (FvSession *)object;

  g_clear_object (&self->model);
  g_clear_pointer (&self->content_language, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->event_matches, g_hash_table_unref);
  g_clear_pointer (&self->statement_matches, g_hash_table_unref);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->chart_states, g_hash_table_unref);
  g_clear_pointer (&self->current_chart_id, g_free);
  fv_session_quotes_finalize (self);

  G_OBJECT_CLASS (fv_session_parent_class)->finalize (object);
}

static void
fv_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FvSession *self = FV_SESSION (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_CONTENT_LANGUAGE:
      g_value_set_string (value, self->content_language);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_EVENT_MATCHES:
      g_value_set_boxed (value, self->event_matches);
      break;
    case PROP_STATEMENT_MATCHES:
      g_value_set_boxed (value, self->statement_matches);
      break;
    case PROP_SELECTED_ID:
      g_value_set_string (value, self->selected_id);
      break;
    case PROP_CURRENT_CHART_ID:
      g_value_set_string (value, self->current_chart_id);
      break;
    case PROP_CHECKED_SOURCES:
      g_value_set_uint (value, g_hash_table_size (self->quote_checks));
      break;
    case PROP_SHOWN_QUOTE:
      g_value_set_pointer (value, (gpointer) self->shown_quote);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  FvSession *self = FV_SESSION (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      fv_session_set_model (self, g_value_get_object (value));
      break;
    case PROP_CONTENT_LANGUAGE:
      fv_session_set_content_language (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_TEXT:
      fv_session_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_SELECTED_ID:
      fv_session_set_selected_id (self, g_value_get_string (value));
      break;
    case PROP_CURRENT_CHART_ID:
      fv_session_set_current_chart_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_session_class_init (FvSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_session_finalize;
  object_class->get_property = fv_session_get_property;
  object_class->set_property = fv_session_set_property;

  fv_session_properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, FV_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A language tag, or "" for the desktop's languages. */
  fv_session_properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the model's texts are read in, best first (fv_languages_new()). */
  fv_session_properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  fv_session_properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Sets of ids; NULL when nothing is searched. */
  fv_session_properties[PROP_EVENT_MATCHES] =
    g_param_spec_boxed ("event-matches", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  fv_session_properties[PROP_STATEMENT_MATCHES] =
    g_param_spec_boxed ("statement-matches", NULL, NULL, G_TYPE_HASH_TABLE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The id of the fact selected, wherever it was selected. */
  fv_session_properties[PROP_SELECTED_ID] =
    g_param_spec_string ("selected-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The chart that Export Chart, Copy Chart and Print act on. */
  fv_session_properties[PROP_CURRENT_CHART_ID] =
    g_param_spec_string ("current-chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  fv_session_quotes_install (object_class);
  g_object_class_install_properties (object_class, N_PROPS, fv_session_properties);
}

static void
fv_session_init (FvSession *self)
{
  self->content_language = g_strdup ("");
  self->languages = fv_languages_new (NULL);
  self->search_text = g_strdup ("");
  self->chart_states = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  fv_session_quotes_init (self);
}

FvSession *
fv_session_new (void)
{
  return g_object_new (FV_TYPE_SESSION, NULL);
}

FvModel *
fv_session_get_model (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->model;
}

/* Another model (a reload, most often): a chart it still has is viewed as
 * it was, its time kept on its events as they are now; the state of a chart
 * it no longer has goes. */
static void
update_chart_states (FvSession *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->chart_states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      FvChartViewState *state = value;
      const FvChart *chart = self->model != NULL
                             ? fv_model_lookup_chart (self->model,
                                                      fv_chart_view_state_get_chart_id (state))
                             : NULL;

      if (chart == NULL)
        g_hash_table_iter_remove (&iter);
      else if (fv_chart_view_state_is_zoomed (state))
        fv_chart_view_state_show (state, self->model, chart,
                                  fv_chart_view_state_get_from_day (state),
                                  fv_chart_view_state_get_to_day (state));
    }

  if (self->current_chart_id != NULL &&
      (self->model == NULL || fv_model_lookup_chart (self->model, self->current_chart_id) == NULL))
    fv_session_set_current_chart_id (self, NULL);
}

/**
 * fv_session_set_model:
 *
 * Shows another model: what was selected in the last one is forgotten; the
 * language and the search stay, and so does how each chart that it still
 * has is viewed.
 */
void
fv_session_set_model (FvSession *self,
                      FvModel   *model)
{
  g_return_if_fail (FV_IS_SESSION (self));
  g_return_if_fail (model == NULL || FV_IS_MODEL (model));

  if (self->model == model)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  /* An id of the model before would point into freed memory. */
  fv_session_set_selected_id (self, NULL);
  g_set_object (&self->model, model);
  update_chart_states (self);
  update_matches (self);
  fv_session_quotes_model_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_MODEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
fv_session_get_content_language (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->content_language;
}

/**
 * fv_session_set_content_language:
 * @language: (nullable): a language tag, or "" or %NULL for the desktop's
 */
void
fv_session_set_content_language (FvSession  *self,
                                 const char *language)
{
  g_return_if_fail (FV_IS_SESSION (self));

  if (language == NULL)
    language = "";
  if (g_str_equal (self->content_language, language))
    return;

  g_free (self->content_language);
  self->content_language = g_strdup (language);
  g_strfreev (self->languages);
  self->languages = fv_languages_new (*language == '\0' ? NULL
                                                        : (const char *[]) { language, NULL });

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_CONTENT_LANGUAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_LANGUAGES]);
  /* A search finds what the reader reads. */
  update_matches (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fv_session_get_languages:
 *
 * Returns: (transfer none): the languages the model's texts are read in,
 *   best first, for fv_model_text() and the charts
 */
const char * const *
fv_session_get_languages (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return (const char * const *) self->languages;
}

/**
 * fv_session_get_shown_language:
 *
 * Returns: (nullable): the language of the model's texts as they are shown
 */
const char *
fv_session_get_shown_language (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  if (self->model == NULL)
    return NULL;

  return fv_model_get_content_language (self->model, (const char * const *) self->languages);
}

const char *
fv_session_get_search_text (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->search_text;
}

void
fv_session_set_search_text (FvSession  *self,
                            const char *text)
{
  g_return_if_fail (FV_IS_SESSION (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->search_text, text))
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_SEARCH_TEXT]);
  update_matches (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * fv_session_get_event_matches:
 *
 * Returns: (transfer none) (nullable): the ids of the events the search
 *   finds, or %NULL when nothing is searched
 */
GHashTable *
fv_session_get_event_matches (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->event_matches;
}

GHashTable *
fv_session_get_statement_matches (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->statement_matches;
}

const char *
fv_session_get_selected_id (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->selected_id;
}

/**
 * fv_session_set_selected_id:
 * @id: (nullable): the id of a fact of the session's model
 */
void
fv_session_set_selected_id (FvSession  *self,
                            const char *id)
{
  g_return_if_fail (FV_IS_SESSION (self));

  if (g_strcmp0 (self->selected_id, id) == 0)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_SELECTED_ID]);
}

/**
 * fv_session_text:
 *
 * Returns: (nullable): @text of the session's model, in the session's
 *   languages
 */
const char *
fv_session_text (FvSession    *self,
                 const FvText *text)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);
  g_return_val_if_fail (self->model != NULL, NULL);

  return fv_model_text (self->model, text, (const char * const *) self->languages);
}

/**
 * fv_session_element_language:
 * @texts: (array length=n_texts): the texts of one element, read together
 *
 * Returns: the one language @texts are shown in, for
 *   fv_model_text_in(): the first of the session's languages that all of
 *   them have, else the model's own (fv_model_get_element_language())
 */
const char *
fv_session_element_language (FvSession           *self,
                             const FvText * const *texts,
                             guint                n_texts)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);
  g_return_val_if_fail (self->model != NULL, NULL);

  return fv_model_get_element_language (self->model, texts, n_texts,
                                        (const char * const *) self->languages);
}

/**
 * fv_session_get_chart_state:
 * @chart_id: a chart of the session's model
 *
 * Returns: (transfer none) (nullable): how @chart_id is viewed, shared by
 *   every view of it; %NULL when the model has no such chart
 */
FvChartViewState *
fv_session_get_chart_state (FvSession  *self,
                            const char *chart_id)
{
  const FvChart *chart;
  FvChartViewState *state;

  g_return_val_if_fail (FV_IS_SESSION (self), NULL);
  g_return_val_if_fail (chart_id != NULL, NULL);

  if (self->model == NULL || (chart = fv_model_lookup_chart (self->model, chart_id)) == NULL)
    return NULL;

  state = g_hash_table_lookup (self->chart_states, chart->id);
  if (state == NULL)
    {
      state = fv_chart_view_state_new (chart->id);
      /* Keyed by the state's own copy: the model's strings go with it. */
      g_hash_table_insert (self->chart_states,
                           (gpointer) fv_chart_view_state_get_chart_id (state), state);
    }
  return state;
}

/**
 * fv_session_get_current_chart_id:
 *
 * Returns: (nullable): the chart that Export Chart, Copy Chart and Print
 *   act on
 */
const char *
fv_session_get_current_chart_id (FvSession *self)
{
  g_return_val_if_fail (FV_IS_SESSION (self), NULL);

  return self->current_chart_id;
}

/**
 * fv_session_set_current_chart_id:
 * @chart_id: (nullable): a chart of the session's model
 */
void
fv_session_set_current_chart_id (FvSession  *self,
                                 const char *chart_id)
{
  g_return_if_fail (FV_IS_SESSION (self));

  if (g_strcmp0 (self->current_chart_id, chart_id) == 0)
    return;

  g_free (self->current_chart_id);
  self->current_chart_id = g_strdup (chart_id);
  g_object_notify_by_pspec (G_OBJECT (self), fv_session_properties[PROP_CURRENT_CHART_ID]);
}
