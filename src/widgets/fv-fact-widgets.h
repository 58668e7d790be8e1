/* fv-fact-widgets.h — facts laid out for reading, with their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

/* The most characters of one model text that a label shows (see
 * fv_text_clip()); a list row or a title shows fewer. */
#define FV_LABEL_MAX_CHARS 4000
#define FV_ROW_MAX_CHARS   300
#define FV_TITLE_MAX_CHARS 200
#define FV_TAB_TITLE_MAX_CHARS 40

GtkWidget *fv_fact_label_new       (const char         *text,
                                    const char         *css_class);
GtkWidget *fv_fact_heading_new     (const char         *text);
GtkWidget *fv_event_detail_new     (FvSession          *session,
                                    const FvEvent      *event);
GtkWidget *fv_statement_card_new_numbered (FvSession         *session,
                                           const FvStatement *statement,
                                           GPtrArray         *numbered);
GtkWidget *fv_references_box_new   (FvSession          *session,
                                    const FvReferences *references,
                                    const char         *shown,
                                    GPtrArray          *numbered);
void       fv_sources_collect      (GPtrArray          *numbered,
                                    const FvReferences *references);
GtkWidget *fv_sources_list_new     (FvSession          *session,
                                    GPtrArray          *numbered);
void       fv_fact_append_actor    (GtkWidget          *box,
                                    FvSession          *session,
                                    const FvActor      *actor);
char      *fv_actors_to_string     (FvSession          *session,
                                    const FvActor     **actors,
                                    guint               n_actors);
GtkWidget *fv_language_note_new    (FvSession          *session,
                                    const char         *language);

G_END_DECLS
