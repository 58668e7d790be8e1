/* test-fact-widgets.c — what the window shows of the format's newer members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statement card, the event detail and the case view built from
 * tests/fixtures/good/settlement.json, as the pages build them: a
 * quotation in parts shown as one, an event known by its place, a
 * qualified number with whom it is about and who reported it, the model's
 * own reckoning and a stored copy of a page, each a label on screen.
 */
#include "config.h"

#include <adwaita.h>

#include "fv-case-view.h"
#include "fv-fact-widgets.h"
#include "fv-session.h"

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static void
assert_shows (GtkWidget  *widget,
              const char *text)
{
  if (!has_label (widget, text))
    g_error ("No label reads “%s”", text);
}

static FvSession *
session_with_settlement (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "settlement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file (file, NULL, NULL, &error);
  FvSession *session = fv_session_new ();

  g_assert_no_error (error);
  fv_session_set_model (session, model);
  return session;
}

static const FvStatement *
statement_by_id (FvModel    *model,
                 const char *id)
{
  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    if (g_str_equal (fv_model_get_statement (model, i)->id, id))
      return fv_model_get_statement (model, i);
  g_assert_not_reached ();
}

static void
test_quotation_parts (void)
{
  g_autoptr(FvSession) session = session_with_settlement ();
  FvModel *model = fv_session_get_model (session);
  GtkWidget *card = g_object_ref_sink (fv_statement_card_new_numbered (
    session, statement_by_id (model, "st-ag"), NULL));

  assert_shows (card, "“This settlement is a beginning, […] not the end of what the state "
                      "owes.”");
  g_assert_finalize_object (card);
}

static void
test_event_detail (void)
{
  g_autoptr(FvSession) session = session_with_settlement ();
  FvModel *model = fv_session_get_model (session);
  GtkWidget *suit = g_object_ref_sink (fv_event_detail_new (
    session, fv_model_lookup_event (model, "ev-suit")));
  GtkWidget *draft = g_object_ref_sink (fv_event_detail_new (
    session, fv_model_lookup_event (model, "ev-draft")));

  assert_shows (suit, "Our reckoning, for the date: Worked out from “nearly 10 years ago” in a "
                      "story of 2026");
  assert_shows (suit, "A stored copy: https://web.archive.org/web/20240301/https://example.org/"
                      "settlement");
  assert_shows (draft, "between “Talks begin in private” and March 28, 2017");
  g_assert_finalize_object (suit);
  g_assert_finalize_object (draft);
}

static void
test_case_numbers (void)
{
  g_autoptr(FvSession) session = session_with_settlement ();
  FvModel *model = fv_session_get_model (session);
  GtkWidget *view = g_object_ref_sink (fv_case_view_new (session, fv_model_get_case (model, 0),
                                                         NULL));

  assert_shows (view, "at least $626 million: Paid by the state");
  assert_shows (view, "About: State of Michigan");
  assert_shows (view, "Reported by: The federal court");
  assert_shows (view, "up to $200 million: Lawyers' fees");
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/fact-widgets/quotation-parts", test_quotation_parts);
  g_test_add_func ("/fact-widgets/event-detail", test_event_detail);
  g_test_add_func ("/fact-widgets/case-numbers", test_case_numbers);

  return g_test_run ();
}
