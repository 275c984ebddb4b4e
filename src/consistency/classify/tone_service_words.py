"""Service-contact phrases for the trained tone languages (de, id, nb): how customers complain and thank.

The trained models learnt tone from rail feedback (de), reviews and comments (id) and review sentences (nb).
A customer writing to a service desk complains in other words: "schon wieder", "seit drei Wochen", "ich
kündige", "venter fortsatt", "belum ada kabar". Read by those models alone, the share of such complaints read
as negative fell 0.15-0.20 below the labels on support text written for the product (model card, "Service
phrases"). Each pattern here is a regular expression on the lower-cased text with a valence (negative:
complaint, positive: thanks or praise); the sum moves the model's log-odds (``tone_model.SERVICE_NUDGE``).
Written by hand for this product (no outside word list), like the English and Russian tables.
"""

from __future__ import annotations

SERVICE_PHRASES: dict[str, dict[str, float]] = {
    "de": {
        # again, still, for weeks: the complaint is that it keeps happening
        r"\bschon wieder\b": -1.0, r"\bwieder (?:kein|nicht|nichts)\b": -1.0, r"\bimmer noch (?:nicht|kein)": -1.0,
        r"\bzum (?:zweiten|dritten|vierten|x-ten) mal\b": -1.0, r"\b(?:zweite|dritte|vierte)(?:s|n)? mal\b": -1.0,
        r"\bseit (?:über |mehr als )?(?:\d+|zwei|drei|vier|fünf|sechs|acht|zehn) (?:tagen|wochen|monaten)\b": -1.0,
        r"\bwarte(?: ich)? (?:seit|immer noch|noch immer)\b": -1.0, r"\b(?:keine|ohne) (?:antwort|rückmeldung|reaktion)\b": -1.0,
        r"\bhöre (?:ich )?nichts\b": -1.0, r"\bweiterverbunden\b": -1.0, r"\bgeschoben\b": -0.5,
        # verdicts
        r"\bunzufrieden\b": -1.5, r"\bunverschämt": -2.0, r"\bfrechheit\b": -2.0, r"\bunfassbar\b": -1.5,
        r"\bnervig\b": -1.0, r"\bnervt\b": -1.0, r"\bärgerlich\b": -1.0, r"\bentt[äa]uscht": -1.5, r"\bskandal": -2.0,
        r"\bzumutung\b": -2.0, r"\becht jetzt\b": -1.0, r"\bkeine lust\b": -1.0,
        r"\bdanke für nichts\b": -2.0, r"\blasse ich mir nicht gefallen\b": -1.5, r"\berwarte (?:ich )?eine erklärung\b": -1.0,
        r"\bnie bestellt\b": -1.0, r"\bnicht bestellt\b": -1.0, r"\bich kündige\b": -1.5, r"\bbin ich weg\b": -1.5,
        r"\banbieter wechseln\b": -1.0, r"\bschade\b": -0.5, r"\bleider wieder\b": -1.0, r"\bärger\b": -1.0,
        # thanks and praise
        r"\bvielen dank\b": 1.0, r"\bherzlichen dank\b": 1.0, r"\bdankeschön\b": 1.0,
        r"\bgroßes lob\b": 1.5, r"\bloben\b": 1.0, r"\breibungslos\b": 1.0, r"\bsehr zufrieden\b": 1.5,
        r"\bsuper freundlich\b": 1.5, r"\bsehr freundlich\b": 1.0, r"\bkulant": 1.0, r"\bhat (?:alles )?geklappt\b": 1.0,
        r"\bläuft(?:'s| es)? wieder\b": 1.0, r"\bdanke für die (?:schnelle )?hilfe\b": 1.0,
    },
    "nb": {
        r"\bfortsatt (?:ikke|ingen)\b": -1.0, r"\bventer fortsatt\b": -1.0, r"\bventet i\b": -0.5,
        r"\b(?:andre|tredje|fjerde) gang\b": -1.0, r"\bigjen\s*[.!]": -0.5,
        r"\bi over (?:en|\d+) (?:time|timer|halvtime|uke|uker|dager)\b": -1.0, r"\bingen (?:svar|hjelp|tilbakemelding)\b": -1.0,
        r"\bhåpløst\b": -1.5, r"\blureri\b": -2.0, r"\bseriøst\s*\?": -1.0, r"\bhva er vitsen\b": -1.5,
        r"\buhøflig": -1.5, r"\bskuffet\b": -1.5, r"\belendig\b": -2.0, r"\bdårlig\b": -1.0, r"\bsur\b": -0.5,
        r"\baldri (?:hørt om|bestilt)\b": -1.0, r"\bdukket (?:ikke|aldri) opp\b": -1.5, r"\bfor ingenting\b": -1.0,
        r"\bto ganger\b": -0.5, r"\bmåtte komme tilbake\b": -1.0, r"\bfrekt\b": -1.5, r"\bikke greit\b": -1.0,
        r"\bbytter (?:leverandør|selskap|bank|operatør)\b": -1.5, r"\bsier opp\b": -1.0, r"\bmistet\b": -0.5,
        r"\bkjempedårlig\b": -2.0, r"\btregt\b": -0.5, r"\bhelt utrolig\b": -1.0, r"\bforferdelig\b": -2.0,
        r"\btusen takk\b": 1.0, r"\btakk for (?:hjelpen|god hjelp|rask hjelp)\b": 1.0, r"\bsupert\b": 1.0,
        r"\bfornøyd\b": 1.0, r"\bveldig hyggelig\b": 1.0, r"\bstrålende\b": 1.5, r"\bgod service\b": 1.5,
        r"\bflink\b": 1.0, r"\bknallbra\b": 1.5, r"\bkjempefornøyd\b": 2.0,
    },
    "id": {
        r"\bkecewa\b": -1.5, r"\bparah\b": -1.5, r"\blama banget\b": -1.0, r"\bbelum ada (?:kabar|respon|jawaban)\b": -1.0,
        r"\bsudah (?:hampir )?(?:seminggu|sebulan|\d+ (?:hari|minggu|bulan))\b": -1.0, r"\bberkali-kali\b": -1.0,
        r"\bmasih belum\b": -1.0, r"\b(?:tidak|nggak|gak|ga) ada (?:respon|tanggapan|kabar)\b": -1.0,
        r"\bgimana sih\b": -1.5, r"\bnyesel\b": -1.5, r"\bribet\b": -1.0, r"\blelet\b": -1.0, r"\blemot\b": -1.0,
        r"\bmahal banget\b": -1.0, r"\b(?:nggak|gak|tidak) jelas\b": -1.0, r"\bpayah\b": -1.5, r"\bkapok\b": -1.5,
        r"\bjutek\b": -1.5, r"\bkasar\b": -1.0, r"\bkesal\b": -1.5, r"\bkesel\b": -1.5, r"\bsebel\b": -1.0,
        r"\blagi-lagi\b": -1.0, r"\bpindah ke (?:provider|bank|operator)\b": -1.5,
        r"\bterima kasih banyak\b": 1.0, r"\bmakasih banyak\b": 1.0, r"\bpuas\b": 1.0, r"\bmantap\b": 1.0,
        r"\bbaik banget\b": 1.5, r"\bramah\b": 1.0, r"\bsenang\b": 1.0, r"\bseneng\b": 1.0, r"\bcepat banget\b": 1.0,
        r"\bcepet\b": 0.5, r"\bmembantu sekali\b": 1.0, r"\bsangat membantu\b": 1.0,
    },
}
