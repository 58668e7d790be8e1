/* fv-fact-widgets.h — facts laid out for reading, with their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-model.h"

G_BEGIN_DECLS

GtkWidget *fv_fact_label_new       (const char         *text,
                                    const char         *css_class);
GtkWidget *fv_fact_heading_new     (const char         *text);
GtkWidget *fv_references_box_new   (FvModel            *model,
                                    const FvReferences *references);
GtkWidget *fv_event_detail_new     (FvModel            *model,
                                    const FvEvent      *event);
GtkWidget *fv_statement_card_new   (FvModel            *model,
                                    const FvStatement  *statement);
GtkWidget *fv_case_view_new        (FvModel            *model,
                                    const FvCase       *c);
char      *fv_actors_to_string     (FvModel            *model,
                                    const FvActor     **actors,
                                    guint               n_actors);

G_END_DECLS
