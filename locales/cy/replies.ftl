# Missive: tudalen ateb "a atebodd eich AS?" (Welsh).
# REVIEW: drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

replies-unknown-title = Dolen heb ei hadnabod
replies-unknown-heading = Nid ydym yn adnabod y ddolen hon
replies-unknown = Gwiriwch eich bod wedi copïo’r ddolen gyfan o’r e-bost. Os yw’n hŷn na’r ymgyrch, efallai fod yr ymgyrch wedi cau a’i manylion wedi’u dileu.
replies-front-page = Mynd i’r dudalen flaen
replies-title = A atebodd { $official }?
replies-title-error = Gwall: A atebodd { $official }?
replies-thanks = Diolch: mae eich ateb wedi’i gyfrif.
replies-heading = A atebodd { $official } eich llythyr?
replies-went-to = Aeth eich llythyr am “{ $campaign }” at { $official }, { $office }.
replies-your-answer = Eich ateb: { $answer }. Gallwch ei newid isod; mae’n cyfrif unwaith.
replies-legend = A gawsoch chi ateb?
replies-error = Gwall:
replies-choose = Dewiswch un o’r pedwar ateb.
replies-never-named = Nid yw eich ateb byth yn cael ei ddangos gyda’ch enw. Mae tudalen yr ymgyrch yn dangos pa mor aml yr atebodd pob swyddog, unwaith y bydd pump neu fwy o awduron wedi ateb.
replies-answer-yes = Do, cefais ateb
replies-answer-not-addressed = Do, ond nid oedd yn ymdrin â’m pwyntiau
replies-answer-acknowledged = Dim ond cydnabyddiaeth
replies-answer-no = Dim ateb
