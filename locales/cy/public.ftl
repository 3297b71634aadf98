# Missive: y tudalennau cyhoeddus eraill (y cownter i'w fewnosod, tynnu llofnod yn ôl a dileu llythyr, ffynonellau data, tudalennau gwall, diweddariadau, ymatebion ac ystadegau tudalen yr ymgyrch) ac ateb swyddog drwy e-bost (Welsh).
# REVIEW: machine-drafted by a developer; awaits review by a native Welsh speaker.
# See docs/languages.md.

## The embeddable counter

public-embed-closed = Ar gau
public-embed-goal = % o’r nod o { $goal }
public-embed-sign = Llofnodi
public-embed-read = Darllen
public-embed-new-tab = y llythyr (yn agor mewn tab newydd)

## Share links (names of the services)

public-share-whatsapp = WhatsApp
public-share-x = X (Twitter)
public-share-facebook = Facebook

## Withdrawing a signature, deleting a letter

public-back-to-letter = Yn ôl i’r llythyr
public-withdraw-title = Tynnu eich llofnod yn ôl
public-withdraw-heading = Tynnu eich llofnod yn ôl?
public-withdraw-about = Rydych ar fin tynnu eich llofnod yn ôl o “{ $headline }”.
public-withdraw-what = Ni fydd yn cael ei gyfrif mwyach, a byddwn yn dileu eich enw, eich cyfeiriad e-bost a’ch cod post. Os byddwch yn newid eich meddwl, gallwch lofnodi eto tra bo’r ymgyrch ar agor.
public-withdraw-button = Tynnu fy llofnod yn ôl
public-withdraw-keep = Na, cadw fy llofnod
public-withdraw-closed-title = Mae’r ymgyrch hon wedi cau
public-withdraw-closed-on = Caeodd “{ $headline }” ar { $date }. Mae ei chyfrif terfynol yn sefyll, felly ni ellir tynnu llofnodion yn ôl mwyach.
public-withdraw-closed-erased = Dim ond tan { $date } yr ydym yn cadw enwau, cyfeiriadau e-bost a chodau post y rhai a lofnododd. Yna rydym yn eu dileu am byth ac yn cadw’r ffigurau yn unig.
public-withdrawn-title = Llofnod wedi’i dynnu’n ôl
public-withdrawn-heading = Mae eich llofnod wedi’i dynnu’n ôl
public-withdrawn-body = Nid yw eich llofnod yn cyfrif tuag at “{ $headline }” mwyach, ac rydym wedi dileu eich enw, eich cyfeiriad e-bost a’ch cod post.
public-withdrawn-thanks = Diolch am eich cefnogaeth hyd yma. Os byddwch yn newid eich meddwl, mae croeso i chi lofnodi eto tra bo’r ymgyrch ar agor.
public-withdrawn-letter = Os ysgrifennoch chi lythyr hefyd, mae’r ddolen yn yr e-bost amdano yn gadael i chi ei ddileu hefyd.

public-delete-draft-title = Dileu’r drafft hwn?
public-delete-draft-body = Bydd eich drafft i gyd-fynd â “{ $headline }” yn cael ei ddileu am byth, gyda’ch enw, eich cyfeiriad e-bost a’ch cod post. Bydd y ddolen hon yn peidio â gweithio.
public-delete-title = Dileu eich llythyr?
public-delete-unsent = Nid oes dim wedi’i anfon na’i gyhoeddi: bydd eich llythyr yn cael ei ddileu am byth, gyda’ch enw, eich cyfeiriad e-bost a’ch cod post, a bydd y ddolen hon yn peidio â gweithio.
public-delete-signature = Nid yw hyn yn effeithio ar eich llofnod ar “{ $headline }”. I’w dynnu’n ôl hefyd, defnyddiwch y ddolen yn eich e-bost cadarnhau.
public-delete-sent = Mae eich llythyr eisoes wedi mynd at rai o’i dderbynwyr, ac ni ellir dadanfon llythyr sydd wedi’i anfon: mae swyddogion sydd ag ef yn cadw eu copi.
public-delete-sent-what = Mae ei ddileu nawr yn ei dynnu oddi ar dudalen yr ymgyrch, yn atal unrhyw gopïau nad ydynt wedi mynd eto, ac yn dileu eich enw, eich cyfeiriad e-bost, eich cod post a geiriau’r llythyr o Missive. Bydd y ddolen hon yn peidio â gweithio.
public-delete-button = Ie, dileu fy llythyr
public-delete-keep = Na, ei gadw
public-deleted-title = Llythyr wedi’i ddileu
public-deleted-heading = Mae eich llythyr wedi’i ddileu
public-deleted-sent = Mae copïau a oedd eisoes wedi’u hanfon yn aros gyda’r swyddogion a’u derbyniodd. Mae popeth arall wedi mynd o Missive: eich enw, eich cyfeiriad e-bost, eich cod post a geiriau’r llythyr.
public-deleted-gone = Mae wedi mynd am byth, gyda’ch enw, eich cyfeiriad e-bost a’ch cod post.
public-deleted-thanks = Diolch am ysgrifennu am “{ $headline }”. Mae croeso i chi ysgrifennu eto.

## Data sources and licences (the sources' and licences' names as their owners write them)

public-sources-title = Ffynonellau data a thrwyddedau
public-sources-mps-heading = Aelodau Seneddol ac etholaethau
public-sources-mps = Daw enwau, pleidiau a chyfeiriadau e-bost seneddol y 650 o Aelodau Seneddol, ac enwau a chodau etholaethau San Steffan (ffiniau 2024), o’r { $lookup } a gyhoeddir gan wasanaethau dadansoddol yr Adran Addysg, a adeiladwyd o’r { $members } a’r { $geography }.
public-sources-mp-lookup = MP lookup
public-sources-members-api = UK Parliament Members API
public-sources-geoportal = ONS Open Geography Portal
public-sources-opl = Yn cynnwys gwybodaeth Seneddol a drwyddedir o dan yr { $licence }.
public-sources-opl-name = Open Parliament Licence v3.0
public-sources-ons = Ffynhonnell: y Swyddfa Ystadegau Gwladol, a drwyddedir o dan yr { $licence }.
public-sources-ogl-name = Open Government Licence v3.0
public-sources-postcodes-heading = Codau post
public-sources-postcodes = Mae codau post yn cael eu paru ag etholaethau gyda Chwiliad Codau Post Ystadegau Gwladol y SYG (Open Government Licence v3.0; yn cynnwys data’r AO © hawlfraint y Goron a hawl cronfa ddata, data’r Post Brenhinol © hawlfraint a hawl cronfa ddata’r Post Brenhinol) lle mae’r wefan wedi’i fewnforio, ac fel arall drwy { $postcodes }, sy’n cynnig yr un data cyhoeddus.
public-sources-postcodes-io = postcodes.io
public-sources-licence = Mae Missive ei hun yn feddalwedd rydd o dan y GNU Affero General Public Licence, fersiwn 3 neu ddiweddarach.

## Error pages

public-error-home = Mynd i’r llythyr dan sylw
public-error-staff-home = Yn ôl i dudalennau’r staff
public-error-not-found-title = Heb ddod o hyd i’r dudalen
public-error-not-found = Os teipioch chi’r cyfeiriad, gwiriwch ei fod yn gywir. Os dilynoch chi ddolen, efallai ei bod wedi dyddio.
public-error-staff-not-found-heading = Heb ddod o hyd i’r dudalen staff
public-error-staff-not-found = Nid oes tudalen staff yn y cyfeiriad hwn. Os dilynoch chi ddolen, efallai fod yr hyn a enwodd wedi’i ddileu.
public-error-bad-request-title = Roedd rhywbeth o’i le ar y cais hwnnw
public-error-bad-request-heading = Ni allem ddarllen yr hyn a anfonwyd
public-error-bad-request = Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
public-error-server-title = Mae’n ddrwg gennym, aeth rhywbeth o’i le
public-error-server-heading = Mae’n ddrwg gennym, aeth rhywbeth o’i le ar ein hochr ni
public-error-server = Nid chi sydd wedi colli dim a anfonoch: rhowch gynnig arall arni ymhen munud.
public-error-no-campaigns = Dim ymgyrchoedd eto
public-error-no-campaigns-how = Gall trefnydd ychwanegu un gyda { $command }.
public-error-forbidden-title = Ni chaniateir
public-error-forbidden-heading = Nid oes gennych fynediad i’r dudalen hon
public-error-forbidden = Nid yw eich rôl yn cynnwys y rhan hon o Missive. Gofynnwch i weinyddwr os oes ei hangen arnoch.
public-error-csrf-title = Mae’r ffurflen wedi dod i ben
public-error-csrf-heading = Mae’r ffurflen honno wedi dod i ben
public-error-csrf = Er eich diogelwch, ni wnaethom weithredu arni. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
public-error-too-large-title = Anfonwyd gormod
public-error-too-large-heading = Roedd hynny’n ormod i’w anfon
public-error-too-large = Mae’r hyn a anfonoch yn fwy nag yr ydym yn ei dderbyn. Byrhewch ef, yna rhowch gynnig arall arni.
public-error-headers-title = Cais yn rhy fawr
public-error-headers-heading = Anfonodd eich porwr fwy nag yr ydym yn ei dderbyn
public-error-headers = Cliriwch gwcis y wefan hon, yna ail-lwythwch y dudalen.
public-error-method-title = Dull heb ei ganiatáu
public-error-method-heading = Nid yw’r cyfeiriad hwn yn derbyn y math hwnnw o gais
public-error-method = Dim ond { $allow } y mae’n eu hateb. Os dilynoch chi ddolen neu anfon ffurflen, ewch yn ôl ac ail-lwythwch y dudalen.

## The campaign page: updates, officials' responses, reply rates, statistics

public-updates-heading = Diweddariadau gan yr ymgyrch
public-updates-edited = golygwyd { $date }

public-responses-heading = Ymatebion gan swyddogion
public-responses-received = Derbyniwyd { $date }
public-responses-corrected = cywirwyd { $date }
public-responses-full = Yr ymateb llawn
public-responses-full-as-received = Yr ymateb llawn, fel y’i derbyniwyd

public-rates-heading = A atebodd swyddogion?
public-rates-lead = Bythefnos ar ôl i bob llythyr gael ei ddanfon, gofynnon ni i’w awdur a gafodd ateb. Swyddogion gydag o leiaf { $count } ateb:
public-rates-region = Atebion fesul swyddog
public-rates-caption = Atebion i lythyrau cefnogwyr, fesul swyddog
public-rates-who = { $name }, { $office }
public-rates-col-who = Pwy
public-rates-col-replied = Atebwyd
public-rates-col-yes = Do
public-rates-col-not-addressed = Do, heb fynd i’r afael â’r pwyntiau
public-rates-col-acknowledged = Cydnabod yn unig
public-rates-col-no = Dim ateb
public-rates-col-answers = Atebion

public-stats-heading = Pwy sydd wedi llofnodi
public-stats-per-day = Llofnodion y dydd
public-stats-top = Etholaethau gyda’r nifer fwyaf o lofnodion
public-stats-constituency = Etholaeth
public-stats-mp = AS
public-stats-signatures = Llofnodion
public-stats-note = Llofnodion a gyfrifwyd yn unig: wedi’u cadarnhau drwy e-bost, wedi’u gwirio am gamddefnydd. Yn cael eu diweddaru bob ychydig eiliadau.

## Charts (the bars' dates and hours are written 2026-11-28 and 2026-11-28 14:00)

public-chart-none = Dim llofnodion eto.
public-chart-empty = { $title }: dim llofnodion eto.
public-chart-figures = { $title }: y ffigurau
public-chart-day = Diwrnod (UTC)
public-chart-hour = Awr (UTC)
public-chart-signatures = Llofnodion
public-chart-bar = { $label }: { $count }
public-chart-desc-day = Siart bar o { $periods_figure } { $periods ->
    [two] ddiwrnod
   *[other] diwrnod
} o { $first } i { $last } (UTC): { $total_figure } { $total ->
    [zero] llofnod
    [one] llofnod
    [two] lofnod
    [few] llofnod
    [many] llofnod
   *[other] o lofnodion
} i gyd, a’r mwyaf mewn un diwrnod oedd { $top } ar { $top_label }.
public-chart-desc-hour = Siart bar o { $periods_figure } awr o { $first } i { $last } (UTC): { $total_figure } { $total ->
    [zero] llofnod
    [one] llofnod
    [two] lofnod
    [few] llofnod
    [many] llofnod
   *[other] o lofnodion
} i gyd, a’r mwyaf mewn un awr oedd { $top } ar { $top_label }.
public-chart-desc-day-empty = Siart bar o { $periods_figure } { $periods ->
    [two] ddiwrnod
   *[other] diwrnod
} o { $first } i { $last } (UTC): { $total_figure } { $total ->
    [zero] llofnod
    [one] llofnod
    [two] lofnod
    [few] llofnod
    [many] llofnod
   *[other] o lofnodion
} i gyd.
public-chart-desc-hour-empty = Siart bar o { $periods_figure } awr o { $first } i { $last } (UTC): { $total_figure } { $total ->
    [zero] llofnod
    [one] llofnod
    [two] lofnod
    [few] llofnod
    [many] llofnod
   *[other] o lofnodion
} i gyd.

## An official's answer, emailed to supporters and writers (in their signature's or letter's language)

public-response-subject = Mae { $official } wedi ymateb: { $headline }
public-response-responded = Mae { $official } ({ $office }) wedi ymateb i’r ymgyrch “{ $headline }”. Derbyniwyd yr ymateb ar { $date }.
public-response-in-short = Yn fyr: { $summary }
public-response-in-short-html = { $label } { $summary }
public-response-in-short-label = Yn fyr:
public-response-read = Darllenwch ef ar dudalen yr ymgyrch
public-response-why-supporter = Rydych yn cael yr e-bost hwn oherwydd i chi ofyn am glywed am hynt yr ymgyrch pan lofnodoch.
public-response-why-writer = Rydych yn cael yr e-bost hwn oherwydd i’ch llythyr fynd at { $official }.
