/* fv-case-reader.c — case studies: their tactics, outcomes and lesson
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-fact-reader.h"
#include "fv-kind-reader.h"

static const char *case_item_members[] = { "text", "references", NULL };

static void
read_case_item (FvReader   *r,
                JsonNode   *node,
                FvCaseItem *item)
{
  JsonObject *object = fv_reader_as_object (r, node);

  if (object == NULL)
    return;

  fv_reader_check_members (r, object, case_item_members);
  fv_reader_read_text (r, object, "text", TRUE, &item->text);
  fv_reader_read_references (r, object, case_item_members, &item->references);
}

static const FvCaseItem *
read_case_items (FvReader   *r,
                 JsonObject *object,
                 const char *name,
                 guint      *n_out)
{
  JsonArray *array = fv_reader_get_array (r, object, name, FALSE);
  guint n = array ? json_array_get_length (array) : 0;
  FvCaseItem *items = fv_model_new0 (r->model, FvCaseItem, n);
  gsize len = fv_reader_push_member (r, name);

  for (guint i = 0; i < n; i++)
    {
      gsize ilen = fv_reader_push_index (r, i);
      read_case_item (r, json_array_get_element (array, i), &items[i]);
      fv_reader_pop (r, ilen);
    }

  fv_reader_pop (r, len);
  *n_out = n;
  return items;
}

static const char *case_members[] = {
  "id", "title", "place", "subject", "summary", "tactics", "outcomes", "lesson", "headings",
  "events", "figures", "statements", "references", NULL
};

void
fv_read_case (FvReader   *r,
              JsonObject *object,
              guint       index)
{
  FvCase *c = &r->model->cases[index];
  JsonNode *lesson;

  fv_reader_check_members (r, object, case_members);
  fv_reader_read_text (r, object, "title", TRUE, &c->title);
  fv_reader_read_text (r, object, "place", TRUE, &c->place);
  c->subject = fv_reader_read_ref (r, object, "subject", FV_KIND_ACTOR, FALSE);
  fv_reader_read_text (r, object, "summary", TRUE, &c->summary);
  c->tactics = read_case_items (r, object, "tactics", &c->n_tactics);
  c->outcomes = read_case_items (r, object, "outcomes", &c->n_outcomes);

  lesson = fv_reader_get_member (r, object, "lesson", FALSE);
  if (lesson != NULL)
    {
      gsize len = fv_reader_push_member (r, "lesson");
      read_case_item (r, lesson, &c->lesson);
      fv_reader_pop (r, len);
    }

  /* The sections' headings, for a story whose case is told otherwise
   * than by tactics and outcomes; the window has its own words without. */
  {
    static const char *heading_members[] = { "tactics", "outcomes", "lesson", NULL };
    JsonNode *node = fv_reader_get_member (r, object, "headings", FALSE);
    JsonObject *headings;

    if (node != NULL)
      {
        gsize len = fv_reader_push_member (r, "headings");

        headings = fv_reader_as_object (r, node);
        if (headings != NULL)
          {
            fv_reader_check_members (r, headings, heading_members);
            fv_reader_read_text (r, headings, "tactics", FALSE, &c->tactics_heading);
            fv_reader_read_text (r, headings, "outcomes", FALSE, &c->outcomes_heading);
            fv_reader_read_text (r, headings, "lesson", FALSE, &c->lesson_heading);
          }
        fv_reader_pop (r, len);
      }
  }

  c->events = (const FvEvent **) fv_reader_read_ref_array (r, object, "events", FV_KIND_EVENT,
                                                  &c->n_events);
  c->figures = (const FvFigure **) fv_reader_read_ref_array (r, object, "figures", FV_KIND_FIGURE,
                                                    &c->n_figures);
  c->statements = (const FvStatement **) fv_reader_read_ref_array (r, object, "statements",
                                                          FV_KIND_STATEMENT, &c->n_statements);
  fv_reader_read_references (r, object, case_members, &c->references);
}
