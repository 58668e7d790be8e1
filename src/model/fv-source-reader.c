/* fv-source-reader.c — sources and actors: where the facts come from, who is in them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-fact-reader.h"
#include "fv-format.h"
#include "fv-kind-reader.h"

static const char *source_members[] = {
  "id", "kind", "title", "title_is_description", "author", "publisher", "date", "precision", "url",
  "accessed", "stored_copy", "note", "paragraphs", "role", "text_file", NULL
};

/* An http or https address with a host; NULL when absent or not one. */
static const char *
read_address (FvReader   *r,
              JsonObject *object,
              const char *name)
{
  const char *url = fv_reader_read_string (r, object, name, FALSE);

  if (url != NULL && !fv_web_address_is_valid (url))
    {
      gsize len = fv_reader_push_member (r, name);
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("“%s” is not an http or https address with a host"),
                         fv_reader_quote (r, url));
      url = NULL;
      fv_reader_pop (r, len);
    }
  return url;
}

/* The file of the text a source was made from, beside the model: a path
 * relative to the model's folder that stays inside it (a model read from
 * elsewhere names no file of the reader's own); NULL when absent or not one. */
static const char *
read_text_file (FvReader   *r,
                JsonObject *object)
{
  const char *path = fv_reader_read_string (r, object, "text_file", FALSE);
  g_auto(GStrv) parts = NULL;
  gboolean inside = TRUE;

  if (path == NULL)
    return NULL;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], "..") || (parts[i][0] == '\0' && parts[i + 1] != NULL))
      inside = FALSE;
  for (const char *c = path; *c != '\0'; c++)
    if ((guchar) *c < 0x20 || *c == '\\')
      inside = FALSE;

  if (path[0] == '\0' || g_path_is_absolute (path) || !inside ||
      path[strlen (path) - 1] == '/')
    {
      gsize len = fv_reader_push_member (r, "text_file");
      fv_reader_problem (r, FV_MODEL_ERROR_VALUE,
                         _("“%s” is not the name of a file in the model’s folder or below it"),
                         fv_reader_quote (r, path));
      fv_reader_pop (r, len);
      return NULL;
    }
  return path;
}

void
fv_read_source (FvReader   *r,
                JsonObject *object,
                guint       index)
{
  static const char *kinds[] = {
    "article", "study", "report", "public-record", "court-record", "other", NULL
  };
  static const char *roles[] = { "story", NULL };
  FvSource *source = &r->model->sources[index];
  gint64 paragraphs = 0;
  int kind;

  fv_reader_check_members (r, object, source_members);
  kind = fv_reader_read_enum (r, object, "kind", kinds, TRUE);
  source->kind = kind >= 0 ? kind : FV_SOURCE_OTHER;
  fv_reader_read_text (r, object, "title", TRUE, &source->title);
  /* A story whose headline the model does not have is named by a
   * description: shown as one, never in quotation marks as a title. */
  fv_reader_read_boolean (r, object, "title_is_description", &source->title_is_description);
  source->author = fv_reader_read_string (r, object, "author", FALSE);
  fv_reader_read_text (r, object, "publisher", FALSE, &source->publisher);
  fv_reader_read_date (r, object, "date", "precision", FALSE, &source->date);
  fv_reader_read_text (r, object, "note", FALSE, &source->note);
  if (fv_reader_read_integer (r, object, "paragraphs", 1, 100000, FALSE, &paragraphs))
    source->paragraphs = paragraphs;

  source->url = read_address (r, object, "url");
  /* The page as it was read, where it may change or go: a copy kept by a
   * web archive. */
  source->stored_copy = read_address (r, object, "stored_copy");
  if (json_object_has_member (object, "stored_copy") && json_object_get_member (object, "url") == NULL)
    fv_reader_problem_at (r, "stored_copy", FV_MODEL_ERROR_VALUE,
                          _("A stored copy is of a web page: give the page’s “url” too"));
  source->text_file = read_text_file (r, object);
  /* When a web page was read: pages change, the date says which one. */
  fv_reader_read_date (r, object, "accessed", NULL, FALSE, &source->accessed);
  if (source->accessed.precision != FV_DATE_PRECISION_NONE && source->url == NULL &&
      json_object_get_member (object, "url") == NULL)
    fv_reader_problem_at (r, "accessed", FV_MODEL_ERROR_VALUE,
                          _("An access date is for a web source: give its “url”"));

  /* Which source is the story (the article the model is made from): one. */
  source->story = fv_reader_read_enum (r, object, "role", roles, FALSE) == 0;
  for (guint i = 0; source->story && i < index; i++)
    if (r->model->sources[i].story)
      {
        fv_reader_problem_at (r, "role", FV_MODEL_ERROR_VALUE,
                              _("Only one source is the story; “%s” is already"),
                              r->model->sources[i].id);
        break;
      }
}

static const char *actor_members[] = { "id", "kind", "name", "role", "references", NULL };

void
fv_read_actor (FvReader   *r,
               JsonObject *object,
               guint       index)
{
  static const char *kinds[] = { "person", "organization", "government", "group", NULL };
  FvActor *actor = &r->model->actors[index];
  int kind;

  fv_reader_check_members (r, object, actor_members);
  kind = fv_reader_read_enum (r, object, "kind", kinds, TRUE);
  actor->kind = kind >= 0 ? kind : FV_ACTOR_PERSON;
  fv_reader_read_text (r, object, "name", TRUE, &actor->name);
  fv_reader_read_text (r, object, "role", FALSE, &actor->role);
  fv_reader_read_references (r, object, actor_members, &actor->references);
}
