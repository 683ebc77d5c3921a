/**
 * Sentences written for these tests, each with what an analyst reads in it: type, places (English names),
 * fatalities and date. Published 2026-11-20, so "امس" is 2026-11-19.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './index.ts';
import type { RasdEvent } from '../contract/index.ts';

const PUBLISHED = '2026-11-20';

/** The events rasd reads in `text`, published on PUBLISHED. */
function eventsOf(text: string): RasdEvent[] {
  return extractArticle({ id: 't', title: null, text, published: PUBLISHED, url: null, outlet: null, source: 't' }).events;
}

function read(text: string): string[] {
  const events = eventsOf(text);
  return events.map((e) => `${e.type} ${e.locations.map((l) => l.name_en).join('+') || '-'} killed:${e.counts.fatalities ?? '-'} ${e.date.start ?? '-'}`);
}

const TABLE: Array<[string, string, string[]]> = [
  [
    'a beating ("اعتدت على المصلين بالضرب") is violence against the people beaten',
    'واعتدت قوة من الشرطة امس على المصلين بالضرب داخل جامع في مدينة تلعفر.',
    ['attack_on_civilians Tall `Afar killed:- 2026-11-19'],
  ],
  [
    'shooting at people who are only civilians ("أطلقت القوات النار على مجموعة من المواطنين") is violence against civilians, not fighting',
    'أطلقت قوات الاحتلال النار امس على مجموعة من المواطنين في مدينة رفح، ما أدى إلى استشهاد شاب وإصابة اثنين.',
    ['attack_on_civilians Rafah killed:1 2026-11-19'],
  ],
  [
    'two shells that fell ("سقوط قذيفتين") are shelling, as one shell is, not the fall of a town',
    'قتل شخصان امس إثر سقوط قذيفتين على منازل في مدينة الكوت.',
    ['shelling Kut killed:2 2026-11-19'],
  ],
  [
    'deaths told in the next sentence with no event word, weapon or maker of their own are the toll of the fighting just told',
    'اندلعت اشتباكات عنيفة امس بين مجموعتين مسلحتين في مدينة الزاوية. وأعلن مركز طب الطوارئ عن مقتل خمسة أشخاص وإصابة 12 آخرين.',
    ['armed_clash Zawiya killed:5 2026-11-19'],
  ],
  [
    'people named in groups joined by "و" ("ضابط وجنديان", "ثلاثة جنود وضابط") are counted together',
    'قتل ضابط وجنديان امس بانفجار عبوة ناسفة في الحويجة. وقتل ثلاثة جنود وضابط امس في هجوم على حاجز في مدينة الرمادي.',
    ['bombing Al Hawijah killed:3 2026-11-19', 'armed_clash Ramadi killed:4 2026-11-19'],
  ],
  [
    'a word in the accusative after a number ("25 جنديا ومدنيا") is of the people the number counts, not one more',
    'أسفر الهجوم امس عن مقتل 25 جنديا ومدنيا في مدينة ديار بكر.',
    ['armed_clash Diyarbakır killed:25 2026-11-19'],
  ],
  [
    'a blast at a place of its own, told after a raid on places it does not name, is a bombing of its own',
    'شنت الطائرات الحربية امس غارات على مناطق الاشتباك، فيما انفجرت عبوة ناسفة في حي المحطة بمدينة درعا ما أدى إلى إصابة ثلاثة أشخاص.',
    ['air_strike - killed:- 2026-11-19', 'bombing Mahattah+Daraa killed:- 2026-11-19'],
  ],
  [
    'what a party says with no time of its own was said the day the story tells it speaking; another party keeps the day of publication',
    'قال وزير الخارجية البريطاني في مؤتمر صحافي الثلاثاء إن لندن تدعم وقف إطلاق النار. وفي رده على سؤال، اتهم الوزير البريطاني إيران بتزويد الحوثيين بالصواريخ. في المقابل، اتهمت الخارجية الإيرانية لندن بدعم العدوان على اليمن.',
    ['statement - killed:- 2026-11-17', 'accuse - killed:- 2026-11-17', 'accuse - killed:- 2026-11-20'],
  ],
  [
    'what a threatened launch would launch is threatened too: the event is the threat',
    'هددت تركيا امس بشن عملية عسكرية واسعة ضد المسلحين في مدينة منبج.',
    ['threaten Manbij killed:- 2026-11-19'],
  ],
  [
    'a list of the dead is one event per place with its own toll, each told by the head verb and dated by it; the head\'s total is their sum, not another event',
    'قتل خمسة مدنيين في ريف حمص امس، بينهم طفل جراء القصف على مدينة تلبيسة وسيدة اثر سقوط قذيفة على بلدة الغنطو وثلاثة شبان برصاص قناصة في مدينة الرستن.',
    [
      'shelling Talbiseh killed:1 2026-11-19',
      'shelling Al Ghantu killed:1 2026-11-19',
      'attack_on_civilians Al-Rastan killed:3 2026-11-19',
    ],
  ],
  [
    'deaths told first, the fighting that caused them after a date set off by commas: one clash, with its toll and its place',
    'قتل ثلاثة أشخاص، صباح امس، خلال اشتباكات بين الجيش اللبناني ومسلحين في مدينة طرابلس.',
    ['armed_clash Tripoli killed:3 2026-11-19'],
  ],
  [
    'a suicide bomber who blew himself up is news told by its verb alone, with no place named',
    'فجر انتحاري نفسه وسط حشد من المصلين امس.',
    ['suicide_bombing - killed:- 2026-11-19'],
  ],
  [
    'two people named in the dual before their verb of death ("جنديين ... قتلا") are two dead',
    'وقال شهود إن جنديين على الأقل قتلا امس في انفجار عبوة ناسفة في مدينة الرمادي.',
    ['bombing Ar Ramadi killed:2 2026-11-19'],
  ],
  [
    'attackers killed are fighters, not civilians; freeing the people they held takes no ground',
    'وقتلت قوات الأمن ثلاثة مهاجمين وحررت عشرات النزلاء في فندق بمدينة بيدوا امس.',
    ['armed_clash Baidoa killed:3 2026-11-19'],
  ],
  [
    'a neighbourhood told from a town ("حي ... غرب مدينة ...") lies in its country: a city of that name abroad is not it',
    'قصفت طائرات إسرائيلية منزلا في حي الأمل غرب مدينة خان يونس امس.',
    ['air_strike Khan Yunus killed:- 2026-11-19'],
  ],
  [
    'rocket shells ("قذائف صاروخية") are shelling, as artillery shells are, not a missile strike',
    'واستهدفت قوات النظام بأكثر من 40 قذيفة صاروخية بلدة كفرنبل امس.',
    ['shelling Kafr Nabl killed:- 2026-11-19'],
  ],
  [
    'fighting that broke out on a day the text gives ("مساء الأحد") is news, though no party or place the lexicons know is named',
    'اندلعت اشتباكات عنيفة مساء الأحد بين مجموعتين مسلحتين.',
    ['armed_clash - killed:- 2026-11-15'],
  ],
  [
    'every item of a list a settlement word opens is named by it, with the article the gazetteer leaves out ("والبارة")',
    'نفذت طائرات حربية روسية امس 14 غارة على بلدات كفرنبل وحاس والبارة في ريف إدلب الجنوبي.',
    ['air_strike Kafr Nabl+Hassef+Barah killed:- 2026-11-19'],
  ],
  [
    'what struck a place named at length after a verb of scene ("تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم") is an attack, not a purpose',
    'تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم بطائرات مسيرة مساء الثلاثاء.',
    ['drone_strike Al Asad Airbase killed:- 2026-11-17'],
  ],
  [
    'the places a road links ("طريقا رئيسيا يربط المدينة بالعاصمة بغداد") are its ends, not where the protest was',
    'وفي مدينة الناصرية، تظاهر مئات الأشخاص امس احتجاجا على انقطاع الكهرباء، وقطعوا طريقا رئيسيا يربط المدينة بالعاصمة بغداد.',
    ['protest Nasiriyah killed:- 2026-11-19'],
  ],
  [
    'people who went out to protest ("خرج الآلاف ... للاحتجاج على") protested: the purpose is the protest they held',
    'وخرج الآلاف امس في مدينة البصرة للاحتجاج على انقطاع الكهرباء.',
    ['protest Basra killed:- 2026-11-19'],
  ],
  [
    'people named together before their place are one item of the list',
    'قتل رجل وزوجته وابنهما امس جراء القصف على مدينة تلبيسة في ريف حمص.',
    ['shelling Talbiseh killed:1 2026-11-19'],
  ],
  [
    '"another" opens an item of its own once the one before it named its place',
    'قتل مدنيان امس، احدهما برصاص قناصة في مدينة الرستن واخر في بلدة الغنطو.',
    ['attack_on_civilians Al-Rastan killed:2 2026-11-19', 'attack_on_civilians Al Ghantu killed:1 2026-11-19'],
  ],
  [
    'killed by bullets is a killing, not a clash',
    'قتل شاب برصاص قناص في مدينة الرستن امس.',
    ['attack_on_civilians Al-Rastan killed:1 2026-11-19'],
  ],
  [
    'a shell falling is shelling, not the fall of a town',
    'أصيب ثلاثة أطفال امس اثر سقوط قذائف هاون على مدينة تلبيسة.',
    ['shelling Talbiseh killed:- 2026-11-19'],
  ],
  [
    'a compound name written joined is found ("كفربطنا"); a village the gazetteer writes without the article is found with it after "قرية"',
    'قصفت طائرات حربية امس بلدة كفربطنا وقرية الشحيل.',
    ['air_strike Kafr Batna+Shahil killed:- 2026-11-19'],
  ],
  [
    'the strikes a later sentence refers back to are the strikes told before, though it says the day again',
    'تعرضت مدينة تلبيسة في ريف حمص لغارات جوية روسية امس. وقتل ستة مدنيين في الغارات امس بحسب المرصد السوري.',
    ['air_strike Talbiseh killed:6 2026-11-19'],
  ],
  [
    'a town right after a verb of scene is where it happened',
    'تعرضت دوما لغارات جوية عنيفة امس أدت إلى مقتل أربعة مدنيين.',
    ['air_strike Douma killed:4 2026-11-19'],
  ],
  [
    'the base strike planes return to is not where they struck',
    'شنت مقاتلات روسية امس غارات على بلدة الراعي ثم عادت إلى قاعدة حميميم.',
    ['air_strike Tchoban Bey killed:- 2026-11-19'],
  ],
  [
    '"المدينة" after a word of place is the town named before, not a village of that name',
    'قصفت طائرات حربية امس مدينة تلبيسة، واستهدفت أطراف المدينة بالصواريخ.',
    ['air_strike Talbiseh killed:- 2026-11-19'],
  ],
  [
    'what "عقبه" (followed by) introduces is another attack, though of the same family',
    'ألقت المروحيات امس براميل متفجرة على بلدة كفرنبودة، عقبه قصف مدفعي للنظام طال بلدة الهبيط.',
    ['air_strike Kafr Nabudah killed:- 2026-11-19', 'shelling Al Habit killed:- 2026-11-19'],
  ],
  [
    'a person returning to a country is no launch: the country stays where the event is',
    'قتل عشرة أشخاص امس في انفجار سيارة مفخخة بعد ساعات من عودته إلى لبنان.',
    ['bombing Lebanon killed:10 2026-11-19'],
  ],
  [
    'a strike from the air by drones is a drone strike',
    'شنت طائرات بدون طيار أمريكية امس غارة على مدينة الرقة.',
    ['drone_strike Ar Raqqah killed:- 2026-11-19'],
  ],
  [
    'deaths in a crash are no attack; a plane shot down is one',
    'تحطمت طائرة عسكرية امس قرب مدينة حماة وقتل في الحادث ثلاثة من طاقمها. وأسقطت فصائل المعارضة امس طائرة حربية في ريف إدلب.',
    ['interception Idlib killed:- 2026-11-19'],
  ],
  [
    'clashes that go on are news',
    'تتواصل الاشتباكات العنيفة امس في محيط بلدة اللطامنة. وقال ناشطون إن القصف على المنطقة أمر مألوف منذ سنوات.',
    ['armed_clash Al Lataminah killed:- 2026-11-19'],
  ],
  [
    'a state that protests accuses; people who gather protest; what a verb of scene is subjected to ("لقصف") is no purpose',
    'احتجت تركيا امس لدى اليونان على تصريحات وزير دفاعها. وتجمع مئات المتظاهرين امس في مدينة حمص. وتعرضت مدينة دوما لقصف مدفعي امس.',
    ['accuse - killed:- 2026-11-19', 'protest Homs killed:- 2026-11-19', 'shelling Douma killed:- 2026-11-19'],
  ],
  [
    'a list whose first item names no place of its own leaves the head its total',
    'قتل عشرة مدنيين امس في مدينة دوما، بينهم طفلان.',
    ['attack_on_civilians Douma killed:10 2026-11-19'],
  ],
  [
    'a press conference is where one speaks, not a meeting; "أنحاء" is the area around a town',
    'وقال وزير الخارجية الروسي امس في مؤتمر صحفي في موسكو إن الحل سياسي. وألقت الطائرات الحربية امس قنابل في أنحاء حرستا.',
    ['statement Moscow killed:- 2026-11-19', 'air_strike Harasta killed:- 2026-11-19'],
  ],
  [
    'where a person comes from ("شاب من قرية حاس") is not where they were killed',
    'استشهد شاب من قرية حاس امس برصاص قناص في مدينة معرة النعمان.',
    ['attack_on_civilians Ma`arrat an Nu`man killed:1 2026-11-19'],
  ],
  [
    'the one time a clause gives is its time, however far from the event word',
    'ألقت المروحيات 120 برميلا متفجرا على قرى في ريف حماة، بحسب حصيلة نشرها المرصد عن شهر تشرين الأول الماضي.',
    ['air_strike Hama killed:- 2026-10-01'],
  ],
  [
    'a war\'s toll is no event',
    'قتل ثلاثة مدنيين امس في قصف على مدينة تلبيسة. وخلفت المعارك في البلاد أكثر من 300 ألف قتيل منذ عام 2012.',
    ['shelling Talbiseh killed:3 2026-11-19'],
  ],
  [
    'a launch verb launches the event its object names, past the subject and the time between them',
    'شنت قوات الأمن العراقية فجر امس حملة اعتقالات واسعة في مدينة الموصل.',
    ['arrest Mosul killed:- 2026-11-19'],
  ],
  [
    'a verb of speech in the present tells a standing position, in the past an occasion of speech',
    'وتقول روسيا إن قواتها باقية في سوريا. وأعلن وزير الخارجية الروسي امس أن بلاده تريد حلا سياسيا.',
    ['statement - killed:- 2026-11-19'],
  ],
  [
    'an event word inside a party\'s name ("هيئة تحرير الشام") is part of the name; a capture is what the fighting came to',
    'دارت امس اشتباكات في مدينة سرمدا بين هيئة تحرير الشام وفصيل معارض. وأسفرت الاشتباكات عن سيطرة قوات النظام على بلدة كفرزيتا امس.',
    ['armed_clash Sarmada killed:- 2026-11-19', 'territory_change Kafr Zita killed:- 2026-11-19'],
  ],
  [
    'what a party says can be a threat or an accusation; a doubt before the words takes the act back',
    'وقال وزير الدفاع الإيراني امس إن بلاده سترد بحزم على أي استفزاز. وقالت الخارجية الفرنسية امس إنه لم يتضح ما إذا كانت القوات قد ارتكبت انتهاكات.',
    ['threaten - killed:- 2026-11-19', 'statement - killed:- 2026-11-19'],
  ],
  [
    'armed groups fire guided missiles too; a place a settlement word names is no event word ("بلدة الزيارة", not a visit); other means in the same countryside are another strike',
    'أصابت الفصائل امس بصاروخ موجه دبابة للقوات الحكومية عند مدخل بلدة الزيارة بريف حماة الغربي، بينما ألقت المروحيات برميلين متفجرين على بلدة اللطامنة بريف حماة.',
    ['missile_strike Az Ziyarah killed:- 2026-11-19', 'air_strike Al Lataminah killed:- 2026-11-19'],
  ],
  [
    'soldiers killed is fighting, not an attack on civilians',
    'قتل ثلاثة جنود أتراك امس في مدينة كيليس.',
    ['armed_clash Kilis killed:3 2026-11-19'],
  ],
  [
    'the parties of talks named after "بين" hold them',
    'وعقد امس اجتماع بين وزير الخارجية الروسي ونظيره الإيراني.',
    ['consult - killed:- 2026-11-19'],
  ],
  [
    'what a party says must be done is an appeal',
    'واعتبر وزير الدفاع الألماني امس أنه يجب ان توضع خطة واضحة لتنفيذ الاتفاق.',
    ['appeal - killed:- 2026-11-19'],
  ],
  [
    'what talks are about ("حول قصف") is their subject, not another event',
    'وعقدت امس محادثات بين حركة أحرار الشام وتركيا حول قصف مدينة عفرين.',
    ['consult Afrin killed:- 2026-11-19'],
  ],
  [
    'talks that are the speaker\'s ("بعد لقائه") are a meeting, and "لقاء" carries no ل of purpose',
    'وقال المتحدث باسم الائتلاف الوطني السوري خالد ناصر امس بعد لقائه وزير الدفاع التركي إن المعارضة لن تفاوض.',
    ['consult - killed:- 2026-11-19'],
  ],
  [
    '"بينهم" with nothing after it divides the dead, it opens no list: the total stands',
    'قتل 25 شخصا امس بينهم ستة أطفال جراء تفجير سيارة مفخخة وسط مدينة أعزاز.',
    ['bombing Azaz killed:25 2026-11-19'],
  ],
  [
    'a word with the article is a noun: "القصف" told as a habit is no past-tense strike',
    'قصفت المدفعية امس مدينة الرستن. والقصف على مدينة تلبيسة أمر مألوف لدى سكانها.',
    ['shelling Al-Rastan killed:- 2026-11-19'],
  ],
  [
    'an earlier attack named "بعد أربعة أيام من" is dated four days before the one told, one named "غداة" the day before, one named "ردا على" not at all',
    'وأغارت مقاتلات تركية امس على مواقع في مدينة جرابلس، بعد أربعة أيام من تفجير انتحاري هز بلدة سروج التركية. وقصفت المدفعية التركية اليوم مدينة اعزاز غداة هجوم على نقطة عسكرية في بلدة كلس. وجاء القصف ردا على هجوم بقذائف الهاون استهدف بلدة كلس.',
    [
      'air_strike Jarabulus killed:- 2026-11-19',
      'suicide_bombing Suruc killed:- 2026-11-15',
      'shelling Azaz killed:- 2026-11-20',
      'armed_clash Kilis killed:- 2026-11-19',
      'shelling Kilis killed:- -',
    ],
  ],
];

for (const [why, sentence, expected] of TABLE) {
  it(why, () => assert.deepEqual(read(sentence), expected));
}

it('a monitor reports, the accused denies ("وهو ما نفته"): the report is an allegation', () => {
  const text = 'قتل امس تسعة مدنيين في غارة روسية على سوق مدينة أريحا بحسب المرصد، وهو ما نفته وزارة الدفاع الروسية.';
  const [event] = eventsOf(text);
  assert.deepEqual(event?.claims.map((c) => `${c.by.id} ${c.stance}`), ['SOHR alleges', 'RUS.MIL denies']);
});

it('the people killed say who was hit: a child, a woman, a young man are civilians', () => {
  const text = 'استشهد طفل امس جراء القصف على بلدة كفرنبل.';
  const [event] = eventsOf(text);
  assert.equal(event?.actor2?.id, 'CIVILIANS');
});

it('an armed group that fires a guided missile is who struck', () => {
  const text = 'أصابت الفصائل امس بصاروخ موجه دبابة للقوات الحكومية عند مدخل بلدة الزيارة بريف حماة الغربي.';
  const [event] = eventsOf(text);
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id], ['missile_strike', 'REBELS', 'SYR.MIL']);
});

it('deaths told of the people a protest names ("الذين قتلوا") are no news of their own: the clause tells a protest', () => {
  const text = 'وتجمع مئات المحتجين امس ومعهم أسر العسكريين الذين قتلوا في أفغانستان قرب مقر الحكومة في لندن.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.locations.some((l) => l.name_en === 'London')]), [['protest', 'PROTESTERS', true]]);
});

it('demonstrations that "came out" and people who took to the streets protest', () => {
  const text = 'وخرجت تظاهرات امس في مدن عدة للمطالبة برحيل الحكومة. وخرج آلاف الطلاب الى الشوارع اليوم في العاصمة للمطالبة بالإصلاح.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.date.start]), [['protest', '2026-11-19'], ['protest', '2026-11-20']]);
});

it('protesters are the crowd or the party named as subject; a party named further on is what they protest against', () => {
  const text = 'تظاهر مئات الطلاب امس في مدينة حمص للمطالبة برحيل الحكومة السورية.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['protest', 'PROTESTERS', 'SYR.GOV']]);
});

it('two soldiers or policemen of a nationality are its armed forces or its police', () => {
  const texts = ['قتل جنديان أفغانيان امس في هجوم لحركة طالبان في ولاية هلمند.', 'قتل شرطيان عراقيان امس في انفجار عبوة ناسفة في بغداد.'];
  const events = texts.flatMap((text) => eventsOf(text));
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id]), [['armed_clash', 'TALIBAN', 'AFG.MIL'], ['bombing', null, 'IRQ.POL']]);
});

it('a party in what a speaker was asked about ("وعن التنسيق ضد داعش، قال:") is spoken of: the speaker is the one before', () => {
  const text = 'وقال المتحدث باسم وزارة الخارجية الفرنسية امس إن باريس تؤيد الحوار. وعن إمكانية التنسيق ضد «داعش»، قال: «لا نفكر في ذلك مع موسكو».';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.claims.map((c) => c.by.id)]), [['statement', 'FRA.GOV', ['FRA.GOV']]]);
});

it('a verb that continues the speaker before ("وأضاف البيان أن المسلحين فروا") is not claimed by a party in what it says', () => {
  const text = 'وقال الجيش السوري في بيان امس إن دمشق آمنة بالكامل. وأضاف البيان أن المسلحين الإرهابيين فروا من المنطقة.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.claims.map((c) => c.by.id)]), [['statement', 'SYR.MIL', ['SYR.MIL']]]);
});

it('a word of a person\'s name is no place read through a clitic ("باراك" is not ب + Arak)', () => {
  const text = 'وأجرى الرئيس باراك أوباما امس اتصالا هاتفيا مع نظيره الروسي.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.locations.length]), [['consult', 'USA.GOV', 'RUS.GOV', 0]]);
});

it('"إن الهجوم استهدف ..." names an attack told before, of any kind, at a place named again under another of its names', () => {
  const text = 'قصفت طائرات التحالف امس بلدة الباغوز قرب الحدود السورية العراقية. وأفاد المرصد بأن الهجوم استهدف مخزنا للذخيرة قرب الحدود مع العراق.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.claims.map((c) => c.by.id)]), [['air_strike', 'COALITION', ['UNKNOWN_OUTLET', 'SOHR']]]);
});

it('"بينما", "في حين" open a clause of another occurrence: two strikes, each typed by its own weapon', () => {
  const text = 'قصفت الطائرات الحربية امس مدينة إدلب في حين استهدفت المدفعية بلدة سراقب.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.locations.map((l) => l.name_en)]), [['air_strike', ['Idlib']], ['shelling', ['Saraqib']]]);
});

it('what an attack was made with follows its word, and who made it is named right after its noun ("قصف مسلحي المعارضة ... بالمدفعية")', () => {
  const text = 'وتضررت مروحيات روسية امس في مطار كويرس بعد قصف مقاتلي المعارضة للمدرج بالمدفعية.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id]), [['shelling', 'REBELS']]);
});

it('talks a party speaks of are what it says, a statement; talks told before, spoken of again with the article, stay those talks', () => {
  const spokenOf = 'وقال وزير الخارجية الفرنسي في مؤتمر صحافي امس إن اجتماع باريس يمهد الطريق لوقف إطلاق النار.';
  assert.deepEqual(eventsOf(spokenOf).map((e) => [e.type, e.actor1?.id]), [['statement', 'FRA.GOV']]);
  const occasion = 'وأعلن رئيس الوزراء العراقي في بيان امس أن بلاده مصممة على حماية حدودها، وذلك غداة اجتماع مع القادة العسكريين.';
  assert.deepEqual(eventsOf(occasion).map((e) => [e.type, e.actor1?.id]), [['statement', 'IRQ.GOV']]);
  const readout = 'بحث وزيرا الخارجية الروسي والأمريكي في اتصال هاتفي امس الوضع في سوريا. وقال بيان للخارجية الروسية إن المباحثات تناولت الوضع في مدينة حلب.';
  assert.deepEqual(eventsOf(readout).map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['consult', 'RUS.GOV', 'USA.GOV']]);
});

it('talks nobody is named holding are held by the party that convened them, in the town they are named after', () => {
  const text = 'وانعقد مؤتمر فيينا امس برعاية الأمم المتحدة لبحث الأزمة.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.locations.map((l) => l.name_en)]), [['consult', 'UN', ['Vienna']]]);
});

it('a drone named with its nationality ("مسيرة إسرائيلية") made the strike; the ministry cited as the source neither made it nor was hit', () => {
  const text = 'قتل شخصان امس في غارة نفذتها مسيرة إسرائيلية على سيارة في بلدة الخيام، وفقا لوزارة الصحة اللبنانية.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id ?? null, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['drone_strike', 'ISR.MIL', null, ['LBN.GOV:asserts']]]);
  const cited = 'قتل ثلاثة أشخاص امس في غارة على بلدة الخيام، بحسب ما أعلنت وزارة الصحة اللبنانية.';
  assert.deepEqual(eventsOf(cited).map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id ?? null]), [['air_strike', null, null]]);
});

it('who accuses another of an attack ("اتهم X Y بقصف") alleges it; the accused made it', () => {
  const sudan = 'اتهم الجيش السوداني امس قوات الدعم السريع بقصف مدينة الأبيض.';
  assert.deepEqual(eventsOf(sudan).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['shelling', 'RSF', ['SDN.MIL:alleges']]]);
  const syria = 'واتهمت الحكومة السورية امس إسرائيل بشن غارات على مطار دمشق.';
  assert.deepEqual(eventsOf(syria).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['air_strike', 'ISR.MIL', ['SYR.GOV:alleges']]]);
});

it('a party accused of being behind an attack told with no maker ("بالوقوف وراء الهجوم") is its alleged maker', () => {
  const text = 'استهدفت طائرات مسيرة امس مستودعات للوقود قرب مطار مدينة كسلا. واتهم الجيش السوداني قوات الدعم السريع بالوقوف وراء الهجوم.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['drone_strike', 'RSF', ['UNKNOWN_OUTLET:reports', 'SDN.MIL:alleges']]]);
});

it('the maker\'s own word on an attack just told ("وقال الجيش الإسرائيلي إنه استهدف ...") is its claim on that attack, not another', () => {
  const text = 'قتل شخصان امس في غارة نفذتها مسيرة إسرائيلية على سيارة في بلدة الخيام. وقال الجيش الإسرائيلي في بيان إنه استهدف عنصرين من حزب الله.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]),
    [['drone_strike', 'ISR.MIL', 'HEZBOLLAH', ['UNKNOWN_OUTLET:reports', 'ISR.MIL:asserts']]]);
});

it('two of what a word in the dual counts ("بصاروخين", "غارتين"); air defences that failed to intercept intercepted nothing', () => {
  const missiles = 'أعلنت جماعة الحوثي امس أنها استهدفت سفينة تجارية في خليج عدن بصاروخين باليستيين.';
  assert.deepEqual(eventsOf(missiles).map((e) => [e.type, e.actor1?.id, e.counts.missiles, e.locations.map((l) => l.name_en)]), [['missile_strike', 'HOUTHIS', 2, ['Gulf of Aden']]]);
  const failed = 'وذكر المرصد امس أن الدفاعات الجوية السورية أخفقت في اعتراض الصاروخين.';
  assert.deepEqual(eventsOf(failed).map((e) => e.type), []);
});

it('the leader of a party that threatens ("وتوعد زعيم جماعة الحوثي") speaks for it; he is no target', () => {
  const text = 'وتوعد زعيم جماعة الحوثي امس بالرد على الغارات الأميركية.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id]), [['threaten', 'HOUTHIS']]);
});

it('the source a word cites may be named by a body of it ("بحسب ما أعلن الجناح الإعلامي للجيش الباكستاني"); it did not make the attack', () => {
  const text = 'قتل ستة جنود باكستانيين امس عندما هاجم مسلحون نقطة تفتيش في منطقة شمال وزيرستان، بحسب ما أعلن الجناح الإعلامي للجيش الباكستاني.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['armed_clash', 'MILITANTS', 'PAK.MIL', ['PAK.MIL:asserts']]]);
});

it('the attack people are arrested on suspicion of ("يشتبه في تورطهم في تفجير") came before: the arrest is the news', () => {
  const text = 'أعلنت الشرطة الأفغانية امس اعتقال خمسة أشخاص يشتبه في تورطهم في تفجير استهدف مسجدا في مدينة قندوز الأسبوع الماضي.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null, e.background === true]), [['arrest', 'AFG.POL', false], ['bombing', null, true]]);
});

it('an armistice line ("خط الهدنة") is a line on the map, no truce agreed', () => {
  assert.deepEqual(eventsOf('ولا تزال دمشق وتل أبيب في حالة حرب رغم أن خط الهدنة في الجولان بقي هادئا منذ عقود.').map((e) => e.type), []);
});

it('a military spokesman with his nationality ("المتحدث العسكري المصري") speaks for his armed forces, and they made what he tells of their operation', () => {
  const text = 'أعلن المتحدث العسكري المصري امس مقتل 12 مسلحا خلال عملية أمنية في مدينة الشيخ زويد بشمال سيناء.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.counts.fatalities, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['armed_clash', 'EGY.MIL', 'MILITANTS', 12, ['EGY.MIL:asserts']]]);
});

it('an attack a party condemns ("أدانت الخارجية القطرية الغارات الإسرائيلية") is what it condemns: the condemnation is the news', () => {
  const text = 'من جهتها، أدانت وزارة الخارجية القطرية امس الغارات الإسرائيلية على سوريا.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['accuse', 'QAT.GOV', 'ISR.GOV']]);
});

it('countries and capitals "بين" names after the noun of talks are its parties, not where they were held', () => {
  const text = 'جرت محادثات بين موسكو وأنقرة امس في مدينة سوتشي.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.locations.map((l) => l.name_en)]), [['consult', 'RUS.GOV', 'TUR.GOV', ['Sochi']]]);
});

it('who made an attack may follow a word describing it, with "ل" ("قصف عنيف لقوات النظام", "غارات جديدة للتحالف")', () => {
  const text = 'قتل ثلاثة مدنيين امس في قصف عنيف لقوات النظام على بلدة كفرنبل. وأصيب خمسة مدنيين امس في غارات جديدة للتحالف الدولي على مدينة الرقة.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id]), [['shelling', 'SYR.MIL'], ['air_strike', 'COALITION']]);
});

it('an event\'s time is the one said next to its own word, not one of an event a relative clause tells', () => {
  const text = 'وذكر ناشطون أن المسلحين خطفوا عشرات المدنيين الخميس في بلدة مهين التي دخلوها ليل الأربعاء.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.date.start]), [['abduction', '2026-11-19']]);
});

it('the party a group is tied to ("المرتبطة بتنظيم القاعدة") neither claims its attack nor was hit by it', () => {
  const text = 'انفجرت سيارة مفخخة قرب مقر للشرطة في مدينة بيدوا امس. وتبنت حركة الشباب المرتبطة بتنظيم القاعدة التفجير في بيان.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id ?? null, e.claims.map((c) => c.by.id).filter((id) => id === 'AQ')]), [['bombing', 'AL_SHABAAB', null, []]]);
});

it('rockets a speaker says fighters fired, in the sentence that tells its own strike, are of nobody named, not the speaker\'s', () => {
  const events = eventsOf('وزعم الجيش الإسرائيلي في بيان أنه استهدف مواقع تابعة لحركة حماس، مشيرا إلى أن مقاتلين أطلقوا ثلاثة صواريخ من المنطقة أمس.');
  assert.deepEqual(events.filter((e) => e.type === 'missile_strike').map((e) => [e.actor1?.id ?? null, e.counts.missiles]), [[null, 3]]);
});

it('a party that tells of a blast did not set it off; one that tells of its own strikes made them', () => {
  const blast = eventsOf('وقالت الشرطة العراقية إن انتحاريا فجر نفسه قرب نقطة تفتيش في مدينة الرمادي امس.');
  assert.deepEqual(blast.map((e) => [e.type, e.actor1?.id ?? null, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['suicide_bombing', null, ['IRQ.POL:asserts']]]);
  const strike = eventsOf('وقال الجيش التركي إن طائراته قصفت مواقع لحزب العمال الكردستاني امس.');
  assert.deepEqual(strike.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['air_strike', 'TUR.MIL', 'PKK']]);
});

it('a party\'s word on what its own forces did yesterday is news of it, with no place named', () => {
  const events = eventsOf('وأعلن الجيش التركي أنه شن غارات على مواقع لحزب العمال الكردستاني امس.');
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.date.start, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['air_strike', 'TUR.MIL', 'PKK', '2026-11-19', ['TUR.MIL:asserts']]]);
});

it('a capital a verb of scene is told of, before or after it, is where the fighting was, not its government', () => {
  const events = eventsOf('وكانت دمشق قد شهدت في أغسطس الماضي مواجهات أسفرت عن مقتل 55 شخصا.');
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id ?? null, e.locations.map((l) => l.name_en), e.counts.fatalities]), [['armed_clash', null, ['Damascus'], 55]]);
});

it('the source cited after talks ("بحسب ما أعلنت الخارجية الروسية") is who tells of them', () => {
  const events = eventsOf('بحث وزير الخارجية الروسي مع نظيره التركي في اتصال هاتفي امس الوضع في محافظة إدلب، بحسب ما أعلنت الخارجية الروسية في بيان.');
  assert.deepEqual(events.map((e) => [e.type, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['consult', ['RUS.GOV:asserts']]]);
});

it('"القاعدة" alone after an air base was named is the base, not al-Qaeda', () => {
  const text = 'أسقطت الدفاعات الجوية الروسية في قاعدة حميميم امس طائرة مسيرة. وأطلقت الفصائل قذائف صاروخية على القاعدة امس.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.actor2?.id ?? null]), [['interception', 'RUS.MIL', null], ['shelling', 'REBELS', null]]);
});

it('a group named before its verb, "قد" between, made what the verb tells; its own spokesman denies it', () => {
  const text = 'ونفى المتحدث باسم الجبهة الوطنية للتحرير أن تكون فصائل المعارضة قد أطلقت أي طائرات مسيرة باتجاه مطار حماة العسكري امس.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['drone_strike', 'REBELS', ['NLF:denies']]]);
});

it('a word of a target that begins a place\'s name ("منطقة سوق الجمعة") is no target: fighters clashing there hit no civilians', () => {
  const events = eventsOf('اندلعت اشتباكات عنيفة امس بين مجموعتين مسلحتين في منطقة سوق الجمعة.');
  assert.deepEqual(events.map((e) => [e.type, e.actor2?.id ?? null, e.targets.map((t) => t.kind)]), [['armed_clash', null, []]]);
});

it('fighters named in the accusative right after a verb of killing ("قتلت مسلحين") are the dead, and the army that tells it killed them', () => {
  const events = eventsOf('وقال الجيش الإسرائيلي إن قواته قتلت مسلحين اثنين قرب مدينة جنين امس.');
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.counts.fatalities]), [['armed_clash', 'ISR.MIL', 'MILITANTS', 2]]);
});

it('a party\'s name inside a longer place name ("قاعدة عين الأسد") is a word of the place, not the party', () => {
  const events = eventsOf('تعرضت قاعدة عين الأسد لهجوم بطائرات مسيرة مساء الثلاثاء.');
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id ?? null]), [['drone_strike', null]]);
});

it('what a place suffered was done to those it hosts; the state cited as the source did not do it', () => {
  const hosted = eventsOf('تعرضت قاعدة عين الأسد الجوية التي تستضيف قوات أمريكية لهجوم بطائرات مسيرة مساء الثلاثاء.');
  assert.deepEqual(hosted.map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id ?? null]), [['drone_strike', null, 'USA.MIL']]);
  const cited = eventsOf('تعرضت قاعدة عين الأسد الجوية لهجوم بطائرات مسيرة مساء الثلاثاء، بحسب ما أعلن مسؤول عسكري أمريكي.');
  assert.deepEqual(cited.map((e) => [e.type, e.actor1?.id ?? null, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['drone_strike', null, ['USA.MIL:asserts']]]);
});

it('Iraqi armed factions are their own parties: "كتائب حزب الله" is not Lebanon\'s Hezbollah; a claim of a strike names its maker', () => {
  const strike = eventsOf('وقتل أربعة من عناصر كتائب حزب الله في غارة أمريكية استهدفت مقرا لها في منطقة القائم امس.');
  assert.deepEqual(strike.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['air_strike', 'USA.MIL', 'KATAIB_HEZBOLLAH']]);
  const claimed = eventsOf('تعرضت قاعدة عين الأسد الجوية لهجوم بطائرات مسيرة مساء الثلاثاء. وتبنت المقاومة الإسلامية في العراق الهجوم في بيان.');
  assert.deepEqual(claimed.map((e) => [e.type, e.actor1?.id]), [['drone_strike', 'IRAQ_ISLAMIC_RESISTANCE']]);
});

it('a party\'s own fighters named before the verb of their attack ("أن مقاتليه استهدفوا") make the party the maker; rockets it says were fired at it are of nobody named', () => {
  const own = eventsOf('وأعلن حزب الله في بيان أن مقاتليه استهدفوا موقعا إسرائيليا قرب الحدود بالصواريخ.');
  assert.deepEqual(own.map((e) => [e.actor1?.id, e.actor2?.id ?? null]), [['HEZBOLLAH', null]]);
  const fired = eventsOf('وقال الجيش الإسرائيلي إن صاروخين أطلقا من لبنان امس سقطا في منطقة مفتوحة قرب كريات شمونة.');
  assert.deepEqual(fired.map((e) => [e.type, e.actor1?.id ?? null]), [['missile_strike', null]]);
});

it('declining to comment ("رفضت ... التعليق", "لا نعلق") is neither a rejection nor a statement', () => {
  assert.deepEqual(eventsOf('ورفضت وزارة الخارجية الأمريكية امس التعليق على التقرير.'), []);
  assert.deepEqual(eventsOf('وقال متحدث باسم الجيش الإسرائيلي امس: "لا نعلق على ما تنشره وسائل الإعلام الأجنبية".'), []);
});

it('what a party says is aimed at the party its verb names next, not at one named after a preposition further on', () => {
  const accused = eventsOf('واتهمت واشنطن دمشق امس باستخدام أسلحة كيميائية ضد المدنيين في دوما.');
  assert.deepEqual(accused.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['accuse', 'USA.GOV', 'SYR.GOV']]);
  const warned = eventsOf('حذرت وزارة الخارجية الروسية، اليوم الثلاثاء، الولايات المتحدة من عواقب وخيمة لأي ضربة عسكرية ضد الحكومة السورية.');
  assert.deepEqual(warned.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['threaten', 'RUS.GOV', 'USA.GOV']]);
});

it('a denial by a named force of an attack by gunmen nobody named is a claim on that attack', () => {
  const text = 'هاجم مسلحون مخيما للنازحين في ولاية جنوب دارفور امس. ونفت قوات الدعم السريع أي صلة لها بالهجوم.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['attack_on_civilians', 'MILITANTS', ['UNKNOWN_OUTLET:reports', 'RSF:denies']]]);
});

it('"لها" before an attack\'s noun is a preposition with a pronoun, not a purpose ("بدعم من فصائل موالية لها، هجوما")', () => {
  const events = eventsOf('وبدأ الجيش التركي امس، بدعم من فصائل سورية موالية لها، هجوما على منطقة تل رفعت.');
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id]), [['armed_clash', 'TUR.MIL']]);
});

it('a party that speaks of an attack told before, with the article ("إن الغارات استهدفت مواقع عسكرية"), claims it', () => {
  const text = 'قتل سبعة مدنيين في غارات روسية على بلدة كفرنبل فجر اليوم. وقالت فصائل المعارضة إن الغارات استهدفت مقرا للدفاع المدني.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id}:${c.stance}`)]), [['air_strike', 'RUS.MIL', ['UNKNOWN_OUTLET:reports', 'REBELS:asserts']]]);
});

it('protests whose intensity rose ("اشتدت حدة الاحتجاجات") took place: a verb of intensity tells the occurrence its noun names', () => {
  assert.deepEqual(eventsOf('وبعد الظهر، اشتدت حدة الاحتجاجات.').map((e) => e.type), ['protest']);
});

it('an envoy with his nationality speaks for his government', () => {
  const events = eventsOf('من جهته، اتهم المبعوث الأمريكي الخاص إلى سوريا روسيا امس بتقويض العملية السياسية.');
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['accuse', 'USA.GOV', 'RUS.GOV']]);
});

it('a presidential council with its nationality is the government of its country', () => {
  const events = eventsOf('وأعلن المجلس الرئاسي الليبي امس التوصل إلى اتفاق لوقف إطلاق النار بين الطرفين.');
  assert.deepEqual(events.map((e) => e.actor1?.id), ['LBY.GOV']);
});

it('the parties "بين" names are those of the talks with a hedge between, not words of another matter far after', () => {
  const talks = 'وتعثرت المحادثات على ما يبدو بين الحكومة اليمنية وجماعة الحوثي في الكويت امس.';
  assert.deepEqual(eventsOf(talks).map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['consult', 'YEM.GOV', 'HOUTHIS']]);
  const other = 'وزير الخارجية الروسي وخلال مؤتمر صحافي مشترك مع نظيره التركي في موسكو امس أكد عجز واشنطن عن الفصل بين المعارضة المعتدلة والجماعات الإرهابية.';
  assert.deepEqual(eventsOf(other).filter((e) => e.type === 'consult').map((e) => [e.actor1?.id, e.actor2?.id]), [['RUS.GOV', 'TUR.GOV']]);
});

it('a joint press conference, spelt صحافي or صحفي, is talks between the parties who hold it', () => {
  const text = 'وعقد وزيرا الخارجية الروسي والتركي مؤتمرا صحافيا مشتركا في موسكو امس.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['consult', 'RUS.GOV', 'TUR.GOV']]);
});

it('two kinds of attack joined by "و" ("لغارات جوية وقصف مدفعي") are two events where the clause before tells them, each with its weapons', () => {
  const text = 'وتواصل قوات النظام قصف مدينة حرستا، التي تعرضت امس لغارات جوية وقصف مدفعي أسفر عن مقتل مدنيين.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.locations.map((l) => l.name_en), e.weapons.map((w) => w.id)]), [['air_strike', ['Harasta'], ['warplane']], ['shelling', ['Harasta'], ['artillery']]]);
});

it('an act of speech whose verb opens the sentence, nobody named before it, is the previous speaker\'s', () => {
  const text = 'وقال وزير الخارجية الروسي امس إن الحل في سوريا سياسي. وطالب بهدنة إنسانية في مدينة حلب.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id]), [['statement', 'RUS.GOV'], ['appeal', 'RUS.GOV']]);
});

it('a bomb that kills people it names no party of hits civilians; a bomb that kills soldiers hits the army', () => {
  const texts = ['انفجرت عبوة ناسفة امس في مدينة الرقة ما أدى إلى مقتل خمسة أشخاص.', 'قتل ثلاثة جنود عراقيين امس بانفجار لغم أرضي قرب الموصل.'];
  const events = texts.flatMap((text) => eventsOf(text));
  assert.deepEqual(events.map((e) => [e.type, e.actor2?.id]), [['bombing', 'CIVILIANS'], ['bombing', 'IRQ.MIL']]);
});

it('deaths told after a clash ("قتل فيها أكثر من خمسة عشر") are its toll, the approximation not counted as words between', () => {
  const text = 'دارت اشتباكات عنيفة امس في محيط بلدة تل رفعت، قتل فيها أكثر من خمسة عشر مقاتلا من الطرفين.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.counts.fatalities, e.counts.approximate]), [['armed_clash', 15, true]]);
});

it('talks are where they are held, not where the situation they discuss is ("بحث ... الوضع في شمال سوريا")', () => {
  const texts = ['وناقش وزير الخارجية التركي هاتفيا مع نظيره الروسي امس الأوضاع في شمال سوريا، وخصوصا في مدينة منبج.', 'واجتمع وزير الخارجية الروسي بنظيره التركي في موسكو امس لبحث الأوضاع في مدينة إدلب.'];
  const events = texts.flatMap((text) => eventsOf(text));
  assert.deepEqual(events.map((e) => [e.type, e.locations.map((l) => l.name_en)]), [['consult', []], ['consult', ['Moscow']]]);
});

it('a party that says its movement or organisation did something ("أن حركتها رفضت") speaks of its own act', () => {
  const text = 'وأعلنت حركة طالبان في بيان امس أن حركتها رفضت دعوة الحكومة الأفغانية إلى الحوار.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['reject', 'TALIBAN', 'AFG.GOV']]);
});

it('what a party says during talks is a statement too, its own though it quotes another ("نقل عن واشنطن")', () => {
  const text = 'وزير الخارجية الإيراني وفي مؤتمر صحفي مشترك عقده مع نظيره العراقي في طهران امس نقل عن واشنطن تأكيدها بأن التهدئة ممكنة.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.claims.map((c) => c.by.id)]), [['consult', 'IRN.GOV', ['UNKNOWN_OUTLET']], ['statement', 'IRN.GOV', ['IRN.GOV']]]);
});

it('a party that opens the sentence right before its verb of speech speaks; what it calls regrettable it accuses, and a state\'s forces accused are the state', () => {
  const text = 'الخارجية الألمانية تصف إرسال مقاتلات تركية لشن طلعات فوق جزر يونانية بالأمر المؤسف.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.actor2?.id, e.claims.map((c) => c.by.id)]), [['accuse', 'DEU.GOV', 'TUR.GOV', ['DEU.GOV']]]);
});

it('a statement told over many sentences is one, however long it goes on', () => {
  const text = 'وقال وزير الخارجية التركي امس إن بلاده تدعم الحل السياسي. وأضاف أن الحوار هو الطريق الوحيد. وأضاف أن المفاوضات مهمة. ' +
    'وأضاف أن الوفود مستعدة. وأضاف أن الاجتماع مهم. وأضاف أن بلاده لن تتراجع.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id]), [['statement', 'TUR.GOV']]);
});

it('defectors from the army are the armed opposition; a conscript killed is one dead', () => {
  const text = 'وقتل مجند منشق امس في اشتباكات بريف درعا.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor2?.id, e.counts.fatalities]), [['armed_clash', 'REBELS', 1]]);
});

it('a party that claims the attack told before made it; an attack claimed with a noun of its own is another', () => {
  const text = 'قتل عشرة أشخاص امس في تفجير سيارة مفخخة في مدينة الباب بريف حلب. وتبنى تنظيم داعش الهجوم في بيان على الإنترنت. وكان التنظيم قد تبنى في الشهر الماضي هجوما مماثلا في مدينة منبج قتل فيه خمسة أشخاص.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.actor1?.id, e.locations[0]?.name_en, e.claims.map((c) => `${c.by.id} ${c.stance}`)]), [
    ['bombing', 'ISIS', 'al-Bab', ['UNKNOWN_OUTLET reports', 'ISIS asserts']],
    ['attack_on_civilians', 'ISIS', 'Manbij', ['ISIS asserts']],
  ]);
});

it('a protest met by force in the same sentence is who was hit: the event is the force, not a protest as well', () => {
  const text = 'وفتحت قوات الأمن النار امس على متظاهرين تجمعوا أمام مبنى المحافظة في مدينة حمص، ما أدى إلى مقتل شخصين. وتظاهر المئات اليوم في مدينة حماة.';
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => [e.type, e.locations[0]?.name_en, e.counts.fatalities]), [['attack_on_civilians', 'Homs', 2], ['protest', 'Hama', null]]);
});

it('a later sentence that refers back to a strike, naming its maker again, adds its claims to it; people who speak are a source', () => {
  const text = 'قصفت قوات النظام امس بلدة خان شيخون في ريف إدلب. وقال ناشطون إن القصف استهدف سوقا وسط البلدة، فيما نفت وكالة الأنباء السورية الرسمية استهداف المدنيين، مؤكدة أن الجيش السوري استهدف مقرات للمسلحين.';
  const events = eventsOf(text);
  assert.equal(events.length, 1);
  assert.deepEqual([events[0]!.type, events[0]!.actor1?.id, events[0]!.actor2?.id], ['shelling', 'SYR.MIL', 'CIVILIANS']);
  assert.deepEqual(events[0]!.claims.filter((c) => c.stance !== 'reports').map((c) => `${c.by.id} ${c.stance}`), ['ACTIVISTS asserts', 'SANA denies']);
});

it('a government that fights does so with its armed forces', () => {
  const text = 'قتل مدني امس برصاص قناص من قبل النظام في بلدة تلبيسة.';
  const [event] = eventsOf(text);
  assert.equal(event?.actor1?.id, 'SYR.MIL');
});

it('talks that are the speaker\'s ("بعد لقائه") are held by the speaker with the party named after', () => {
  const text = 'وقال المتحدث باسم الائتلاف الوطني السوري خالد ناصر امس بعد لقائه وزير الدفاع التركي إن المعارضة لن تفاوض.';
  const [event] = eventsOf(text);
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id], ['consult', 'SYR.OPP', 'TUR.MIL']);
});

it('"القوات الحكومية" are the forces of the state where the fighting is, and of no state where the story names no place', () => {
  const actor1 = (text: string) => eventsOf(text).map((e) => e.actor1?.id ?? '-');
  assert.deepEqual(actor1('اشتبكت القوات الحكومية امس مع مسلحين قرب مدينة تعز اليمنية.'), ['YEM.MIL']);
  assert.deepEqual(actor1('اشتبكت القوات الحكومية امس مع مسلحين في بلدة تلبيسة.'), ['SYR.MIL']);
  assert.deepEqual(actor1('اشتبكت القوات الحكومية العراقية امس مع مسلحين في بلدة تلبيسة.'), ['IRQ.MIL']);
  // What they say is said by the forces of the country the story is about; nobody's in a story that names none.
  assert.deepEqual(actor1('وقالت القوات الحكومية امس إن الوضع هادئ. واشتبك مسلحون امس مع الشرطة قرب مدينة تعز اليمنية.'), ['YEM.MIL', 'MILITANTS']);
  assert.deepEqual(actor1('وقالت القوات الحكومية امس إن الوضع هادئ.'), []);
});

it('inside what a party says, the party named right before the verb of the attack made it, not the one who tells it', () => {
  const [event] = eventsOf('قالت الشرطة العراقية إن مسلحين هاجموا امس نقطة تفتيش في مدينة الموصل.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.claims.map((c) => `${c.by.id} ${c.stance}`)], ['armed_clash', 'MILITANTS', ['IRQ.POL asserts']]);
});

it('a source within a party ("مصدر في الشرطة") reports for it, and the party does not make the attack it tells', () => {
  const [event] = eventsOf('قال مصدر في الشرطة العراقية إن انتحاريا فجر نفسه امس في سوق بمدينة الموصل.');
  assert.deepEqual([event?.type, event?.actor1?.id ?? null, event?.claims.map((c) => `${c.by.id} ${c.stance}`)], ['suicide_bombing', null, ['IRQ.POL reports']]);
});

it('the source "بحسب" cites is the party after it, never one named before it', () => {
  const [event] = eventsOf('قصف الجيش الإسرائيلي امس موقعا في بلدة بيت حانون، بحسب شهود عيان.');
  assert.deepEqual(event?.claims.map((c) => `${c.by.id} ${c.stance}`), ['UNNAMED_SOURCES reports']);
  const [other] = eventsOf('قصف الجيش الإسرائيلي امس موقعا في بلدة بيت حانون، بحسب وزارة الصحة.');
  assert.equal(other?.actor1?.id, 'ISR.MIL');
  assert.ok(!other.claims.some((c) => c.by.id === 'ISR.MIL'), JSON.stringify(other.claims));
});

it('"الفصائل المقاتلة" are fighting factions, not fighter jets: their rockets make a missile strike', () => {
  const [event] = eventsOf('استهدفت الفصائل المقاتلة امس بصواريخ غراد مواقع لقوات النظام في بلدة صوران.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.weapons.map((w) => w.id)], ['missile_strike', 'REBELS', ['grad']]);
});

it('a party named after another verb of the act ("قتلوا عندما هاجم مسلحو الحركة") made it; it is not the dead', () => {
  const [event] = eventsOf('قال مسؤولون إن عشرة شرطيين قتلوا عندما هاجم مسلحو حركة طالبان مقرا للشرطة في إقليم غزني امس.');
  assert.equal(event?.actor1?.id, 'TALIBAN');
  assert.notEqual(event?.actor2?.id, 'TALIBAN');
  // The people a number counts may come before their verb of death ("عشرة شرطيين قتلوا").
  assert.equal(event?.counts.fatalities, 10);
});

it('a verb after the people a number counts tells what happened to them, but not one that opens a clause with و', () => {
  const counts = (text: string) => eventsOf(text).map((e) => [e.counts.fatalities, e.counts.injured]);
  assert.deepEqual(counts('قالت الشرطة إن 14 مدنيا أصيبوا بجروح طفيفة في انفجار سيارة مفخخة بمدينة كركوك امس.'), [[null, 14]]);
  assert.deepEqual(counts('انفجرت سيارة مفخخة امس في مدينة كركوك وقتلت 14 شخصا وجرح العشرات.'), [[14, null]]);
});

it('fighters named by a creed the state gives them ("العناصر التكفيرية") are militants, not civilians; "ولاية سيناء" is the Islamic State', () => {
  const parties = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id ?? null]);
  // "قوات الجيش المصري" is named from its first word: the party right after the verb, who killed, not who died.
  assert.deepEqual(parties('قتلت قوات الجيش المصري امس 12 من العناصر التكفيرية في مدينة العريش.'), [['armed_clash', 'EGY.MIL', 'MILITANTS']]);
  // The party and the time between the verb and its number are no words between them: 12 dead.
  assert.deepEqual(eventsOf('قتلت قوات الجيش المصري امس 12 مسلحا في مدينة العريش.').map((e) => e.counts.fatalities), [12]);
  assert.deepEqual(parties('هاجم مسلحو تنظيم ولاية سيناء امس حاجزا للجيش المصري في مدينة العريش.'), [['armed_clash', 'ISIS', 'EGY.MIL']]);
});

it('an assassination told in the passive ("اغتيل") is one; one talked of in an inquiry or a case ("التحقيق في اغتيال", "قضية اغتيال") is not news', () => {
  const types = (text: string) => eventsOf(text).map((e) => [e.type, e.locations.map((l) => l.name_en).join('+')]);
  assert.deepEqual(types('اغتيل مسؤول محلي امس بانفجار عبوة ناسفة في مدينة صيدا.'), [['assassination', 'Sayda']]);
  assert.deepEqual(types('وأرجأت المحكمة امس النظر في قضية اغتيال رئيس البلدية في مدينة صيدا.'), []);
  assert.ok(!types('وقالت الشرطة التركية امس إنها أحرزت تقدما في التحقيق في اغتيال رئيس البلدية في إسطنبول.').some(([type]) => type === 'assassination'));
});

it('a killing named as the charge of an arrest ("بتهمة قتل") is no toll of it: a singular verb does not follow the people a number counts', () => {
  const [event] = eventsOf('واعتقلت الشرطة العراقية امس ثلاثة رجال بتهمة قتل طبيب في البصرة.');
  assert.deepEqual([event?.type, event?.counts.fatalities], ['arrest', null]);
});

it('armed groups of other wars are named: al-Shabaab, the Janjaweed, the Awakening councils', () => {
  const parties = (text: string) => eventsOf(text).map((e) => [e.actor1?.id ?? null, e.actor2?.id ?? null]);
  assert.deepEqual(parties('واشتبكت القوات الحكومية الصومالية امس مع مسلحين من حركة الشباب في مقديشو.'), [['SOM.MIL', 'AL_SHABAAB']]);
  assert.deepEqual(parties('هاجمت ميليشيات الجنجويد امس قرية في إقليم دارفور.'), [['JANJAWEED', null]]);
  assert.deepEqual(parties('قتل ثلاثة من عناصر الصحوة امس بانفجار عبوة ناسفة في مدينة بعقوبة.'), [[null, 'SAHWA']]);
});

it('a party that tells of the death of its own ("مقتل أحد جنودها") was hit, it did not strike; "أحد" before a noun of somebody\'s counts one', () => {
  const [event] = eventsOf('وأعلنت وزارة الدفاع البريطانية امس مقتل أحد جنودها بانفجار لغم قرب مدينة لشكركاه في ولاية هلمند.');
  assert.deepEqual([event?.type, event?.actor1?.id ?? null, event?.actor2?.id, event?.counts.fatalities], ['bombing', null, 'GBR.MIL', 1]);
});

it('who an attack "شنه" or "نفذه" made it, named after its fighters ("مسلحو حزب العمال"), not the army that tells of it; NATO\'s aircraft strike', () => {
  const parties = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null]);
  assert.deepEqual(parties('وقال الجيش التركي امس إن ثلاثة جنود قتلوا في هجوم شنه مسلحو حزب العمال الكردستاني في ولاية هكاري.'), [['armed_clash', 'PKK']]);
  assert.deepEqual(parties('وأغارت طائرات حلف شمال الأطلسي امس على مواقع لحركة طالبان في ولاية هلمند.'), [['air_strike', 'NATO']]);
});

it('what a party managed to do ("تمكنت الفصائل من استعادة السيطرة") happened; toppling a government is no interception', () => {
  const types = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null]);
  assert.deepEqual(types('وتمكنت الفصائل اليوم من استعادة السيطرة على قرية الزكاة بعد هجوم معاكس.'), [['territory_change', 'REBELS']]);
  assert.deepEqual(types('ولم تتمكن القوات من استعادة السيطرة على قرية الزكاة.'), []);
  assert.deepEqual(types('وتمكنت المعارضة امس من إسقاط الحكومة في البرلمان.'), []);
});

it('a blast whose maker is not named takes none from the fighting told before it; what it hit ("تابعة لقوات النظام") was hit', () => {
  const text = 'وسيطرت الفصائل امس على قرية الزكاة بعد اشتباكات مع قوات النظام. إلى ذلك، انفجرت عبوة ناسفة امس بسيارة عسكرية تابعة لقوات النظام قرب مدينة درعا.';
  const blast = eventsOf(text).find((e) => e.type === 'bombing');
  assert.deepEqual([blast?.actor1?.id ?? null, blast?.actor2?.id], [null, 'SYR.MIL']);
});

it('"التحالف" alone is the coalition the story named; gunmen "of" a group are that group; "مسلحا" counted are militants', () => {
  const parties = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id ?? null, e.claims.map((c) => `${c.by.id} ${c.stance}`).join(', ')]);
  assert.deepEqual(parties('وقتل عشرون مدنيا امس في غارة جوية للتحالف بقيادة السعودية على محافظة حجة، بحسب مصادر طبية، فيما نفى التحالف استهداف المدنيين.'),
    [['air_strike', 'SAU_COALITION', 'CIVILIANS', 'UNNAMED_SOURCES alleges, SAU_COALITION denies']]);
  assert.deepEqual(parties('هاجم مسلحون من حركة طالبان امس نقطة تفتيش في ولاية قندوز.').map((p) => p.slice(0, 2)), [['armed_clash', 'TALIBAN']]);
  // The group they are of is the one "التنظيم" stands for after them.
  assert.deepEqual(parties('هاجم مسلحون من حركة طالبان امس نقطة تفتيش في ولاية قندوز. وقال التنظيم في بيان امس إن الهدنة انتهت.').map((p) => p.slice(0, 2)),
    [['armed_clash', 'TALIBAN'], ['statement', 'TALIBAN']]);
  assert.deepEqual(parties('وأعلن الجيش المصري امس مقتل 12 مسلحا في عملية عسكرية في شمال سيناء.').map((p) => p.slice(0, 3)), [['armed_clash', 'EGY.MIL', 'MILITANTS']]);
});

it('a toll named before its figure ("ارتفعت حصيلة القتلى ... إلى 45 مدنيا") counts the dead; towns "of" a region are in the region', () => {
  const [event] = eventsOf('ارتفعت حصيلة القتلى جراء القصف على مدن وبلدات الغوطة الشرقية امس إلى 45 مدنيا.');
  assert.deepEqual([event?.type, event?.counts.fatalities, event?.locations.map((l) => `${l.name_en}/${l.precision}`)], ['shelling', 45, ['Eastern Ghouta/2']]);
});

it('a suicide bombing, an assassination or an abduction told in the past is news with no place or number to it', () => {
  const types = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null]);
  assert.deepEqual(types('وقال شهود إن انتحاريا فجر نفسه امس أمام مقر شركة حراسة أجنبية.'), [['suicide_bombing', null]]);
  assert.deepEqual(types('وقال الناطق إن مسلحين خطفوا موظفا في البلدية ليل امس من أمام بيته.'), [['abduction', 'MILITANTS']]);
  // A killing with only a date to it may be history or commentary: it needs more.
  assert.deepEqual(types('وقال الناطق إن موظفا في البلدية قتل امس.'), []);
});

it('a town named at the start of a sentence and again at its end is one occurrence; towns of other wars and "خانيونس" joined are found', () => {
  const placed = (text: string) => eventsOf(text).map((e) => [e.type, e.locations.map((l) => l.name_en).join('+')]);
  assert.deepEqual(placed('وفي جلولاء قتل شرطي امس وأصيب ثلاثة آخرون، بعدما انفجرت عبوة ناسفة عند مدخل بلدة جلولاء.'), [['bombing', 'Jalawla']]);
  assert.deepEqual(placed('قصفت طائرات اسرائيلية امس منزلا في خانيونس جنوب قطاع غزة.'), [['air_strike', 'Khan Yunis']]);
  assert.deepEqual(placed('وانفجرت عبوة ناسفة امس قرب سوق في مدينة بيداوا.'), [['bombing', 'Baidoa']]);
});

it('a source cited for news ("وفق الأمم المتحدة") makes no statement of its own', () => {
  const text = 'وقالت وزارة الدفاع الروسية امس إن طائراتها عادت إلى قاعدة حميميم. ونزح أكثر من 40 ألف مدني خلال الأيام الأخيرة باتجاه الحدود التركية، وفق الأمم المتحدة.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id]), [['statement', 'RUS.MIL']]);
});

it('the aircraft an interception names ("أسقطت طائرة استطلاع روسية") was downed: its owner is hit, the party that says it did it made it', () => {
  const [event] = eventsOf('وأعلنت هيئة تحرير الشام امس أنها أسقطت طائرة استطلاع روسية فوق بلدة كفرنبل.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id], ['interception', 'NUSRA', 'RUS.MIL']);
});

it('a party joined by و to one an attack hit was hit too ("تابعة لحزب الله والحرس الثوري الإيراني"): it did not strike', () => {
  const [event] = eventsOf('وقال المرصد امس إن غارات استهدفت مستودعات أسلحة تابعة لحزب الله والحرس الثوري الإيراني قرب مطار دمشق الدولي.');
  assert.deepEqual([event?.type, event?.actor1?.id ?? null, event?.actor2?.id], ['air_strike', null, 'HEZBOLLAH']);
});

it('air defences named without their state ("الدفاعات الجوية") are those of the state where they fire', () => {
  const [event] = eventsOf('وقالت وسائل إعلام رسمية إن الدفاعات الجوية تصدت امس لصواريخ إسرائيلية في محيط مطار دمشق الدولي.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id], ['interception', 'SYR.MIL', 'ISR.MIL']);
});

it('an aircraft "دون طيار" is a drone though its nationality stands between ("طائرة أميركية دون طيار")', () => {
  const [event] = eventsOf('قتل أربعة من عناصر تنظيم القاعدة امس في غارة نفذتها طائرة أميركية دون طيار في محافظة مأرب.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.weapons.map((w) => w.id)], ['drone_strike', 'USA.MIL', ['drone']]);
});

it('a local official or medics cited for a toll are unnamed sources, not the outlet\'s own narration', () => {
  const [event] = eventsOf('قتل أربعة مدنيين امس في غارة على محافظة مأرب، بحسب ما أفاد مسؤول محلي.');
  assert.deepEqual(event?.claims.map((c) => `${c.by.id} ${c.stance}`), ['UNNAMED_SOURCES reports']);
});

it('a story that turns to another place ("وفي قطاع غزة، ...") takes no maker from what it told elsewhere', () => {
  const text = 'استشهد شاب فلسطيني امس برصاص قوات الاحتلال الإسرائيلي في مخيم بلاطة شرق نابلس. وفي قطاع غزة، أطلقت فصائل فلسطينية امس صاروخين على مستوطنات غلاف غزة.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null]), [['attack_on_civilians', 'ISR.MIL'], ['missile_strike', null]]);
});

it('counter-terrorism forces are the forces of the state where they fight; members counted of a group ("40 عنصرا من تنظيم داعش") were hit; "القوات" alone are the forces named last', () => {
  const parties = (text: string) => eventsOf(text).filter((e) => e.type === 'armed_clash').map((e) => [e.actor1?.id, e.actor2?.id, e.counts.fatalities]);
  assert.deepEqual(parties('وقتلت قوات مكافحة الإرهاب امس أربعة عناصر من تنظيم القاعدة في محافظة مأرب.'), [['YEM.MIL', 'AQ', 4]]);
  assert.deepEqual(parties('وقال الجيش العراقي امس إن قواته دخلت حي الزهراء في الموصل. وأضاف أن القوات قتلت أكثر من 40 عنصرا من تنظيم داعش.'), [['IRQ.MIL', 'ISIS', 40]]);
});

it('what a party did told as "قام بـ" and its noun ("قام انتحاري بتفجير نفسه") happened', () => {
  const placed = (text: string) => eventsOf(text).map((e) => [e.type, e.locations.map((l) => l.name_en).join('+')]);
  assert.deepEqual(placed('قام انتحاري بتفجير نفسه امس وسط سوق شعبي في بغداد.'), [['suicide_bombing', 'Baghdad']]);
});

it('one who died of wounds ("توفي شاب متأثرا بجراح") is one dead', () => {
  assert.deepEqual(eventsOf('توفي شاب امس متأثرا بجراح أصيب بها في قصف على مدينة دوما.').map((e) => [e.type, e.counts.fatalities]), [['shelling', 1]]);
});

it('the dead a bomb kills are civilians unless all the people named are armed ("ثلاثة جنود", "أحد عناصر الشرطة")', () => {
  const hit = (text: string) => eventsOf(text).map((e) => e.actor2?.id ?? null);
  assert.deepEqual(hit('لقي ثلاثة جنود حتفهم امس في انفجار لغم في ريف حلب.'), [null]);
  assert.deepEqual(hit('قتل سبعة أشخاص منهم شرطيان امس بانفجار سيارة مفخخة قرب سوق مدينة كركوك.'), ['CIVILIANS']);
});

it('a name after a rank ("العقيد تركي المالكي") names no nationality or public figure; a force or a group told of after "إن" is not the speaker', () => {
  const [event] = eventsOf('وقال العقيد تركي المالكي إن مسلحين هاجموا امس موقعا للجيش اليمني في محافظة مأرب.');
  assert.deepEqual([event?.actor1?.id, event?.actor2?.id, event?.claims.map((c) => `${c.by.id} ${c.stance}`)], ['MILITANTS', 'YEM.MIL', ['UNKNOWN_OUTLET reports']]);
  // A government may speak of itself by its country's name.
  assert.deepEqual(eventsOf('وأضاف أن تركيا ستتصرف بحزم.').map((e) => [e.type, e.claims.map((c) => c.by.id)]), [['threaten', ['TUR.GOV']]]);
});

it('the forces of a party named after them ("قوات الحوثيين") are that party, the subject of the strike', () => {
  const [event] = eventsOf('قصفت قوات الحوثيين امس مطار أبها بطائرة مسيرة.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id ?? null], ['drone_strike', 'HOUTHIS', null]);
});

it('the party a striking weapon belongs to ("طائرة مسيرة تابعة لقوات حفتر قصفت") made the strike; what a strike hit belongs to was hit', () => {
  const parties = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id ?? null]);
  assert.deepEqual(parties('وقالت مصادر طبية إن طائرة مسيرة تابعة لقوات حفتر قصفت امس مطار معيتيقة في طرابلس.'), [['drone_strike', 'LNA', null]]);
  assert.deepEqual(parties('ودمرت غارة جوية امس دبابة تابعة لقوات حفتر جنوب طرابلس.'), [['air_strike', null, 'LNA']]);
});

it('a party named after the weapon of an attack\'s noun ("قصف مدفعي تركي", "قصف مدفعي حوثي") made it', () => {
  const maker = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null]);
  assert.deepEqual(maker('قتل ثلاثة مدنيين امس في قصف مدفعي تركي على قرية قرب عفرين.'), [['shelling', 'TUR.MIL']]);
  assert.deepEqual(maker('أصيب خمسة أطفال امس في قصف مدفعي حوثي على حي سكني في تعز.'), [['shelling', 'HOUTHIS']]);
});

it('an army whose positions a strike hit did not strike; the party after a hedge ("نصبه على الأرجح عناصر من تنظيم داعش") made it', () => {
  const parties = (text: string) => eventsOf(text).map((e) => [e.type, e.actor1?.id ?? null, e.actor2?.id ?? null]);
  assert.deepEqual(parties('شنت طائرات مجهولة امس غارات على مواقع للجيش السوري في ريف حماة.'), [['air_strike', null, 'SYR.MIL']]);
  assert.deepEqual(parties('قتل ثلاثة جنود امس في كمين نصبه على الأرجح عناصر من تنظيم داعش قرب الموصل.'), [['armed_clash', 'ISIS', null]]);
});

it('strikes protested against ("تظاهر مئات ضد الغارات الإسرائيلية") are what the protest is about: the news is the protest', () => {
  assert.deepEqual(eventsOf('تظاهر مئات امس في بيروت ضد الغارات الإسرائيلية على غزة.').map((e) => [e.type, e.actor1?.id]), [['protest', 'PROTESTERS']]);
});

it('a party that claims an attack ("وتبنى تنظيم داعش الهجوم") speaks of that attack, not of the next one told', () => {
  const text = 'قتل خمسة أشخاص امس في تفجير سيارة مفخخة في سوق ببغداد، حسبما أفادت مصادر أمنية. وتبنى تنظيم داعش الهجوم في بيان. وفي كركوك، قتل جنديان بانفجار عبوة ناسفة.';
  assert.deepEqual(eventsOf(text).map((e) => e.claims.map((c) => `${c.by.id} ${c.stance}`)), [['UNNAMED_SOURCES reports', 'ISIS asserts'], ['UNKNOWN_OUTLET reports']]);
});

it('a suicide bombing that killed five in a market of a capital the attack gate was trained on is news, not background', () => {
  assert.deepEqual(eventsOf('قتل خمسة أشخاص امس في تفجير انتحاري استهدف سوقا في بغداد.').map((e) => [e.type, e.background]), [['suicide_bombing', false]]);
});

it('an air raid told after shots at a crowd is another event; "قوات الاحتلال" alone are the occupying army named before', () => {
  const text = 'استشهد شاب فلسطيني امس برصاص قوات الاحتلال الإسرائيلي شرق مدينة غزة. وقال الجيش الإسرائيلي إن طائراته أغارت على موقع لحركة حماس في القطاع. واعتقلت قوات الاحتلال امس 14 فلسطينيا في مدينة نابلس.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.weapons.map((w) => w.id).join()]),
    [['attack_on_civilians', 'ISR.MIL', 'firearms'], ['air_strike', 'ISR.MIL', 'warplane'], ['arrest', 'ISR.MIL', '']]);
});

it('what a speaker points to ("مشيرا إلى مقتل خمسة من المسلحين") is spoken of: the party named there does not speak', () => {
  const [event] = eventsOf('وقال متحدث عسكري إن الاشتباكات استمرت امس ثلاث ساعات في ولاية قندوز، مشيرا إلى مقتل خمسة من المسلحين.');
  assert.deepEqual([event?.actor2?.id, event?.counts.fatalities, event?.claims.map((c) => c.by.id)], ['MILITANTS', 5, ['UNKNOWN_OUTLET']]);
});

it('a denial that tells no attack of its own ("ونفت القوات الأمريكية سقوط ضحايا مدنيين", "نفى استهداف المطار") is a claim on the one told before', () => {
  const claims = (text: string) => eventsOf(text).map((e) => [e.type, e.claims.map((c) => `${c.by.id} ${c.stance}`)]);
  assert.deepEqual(claims('قتل أربعة مدنيين امس في غارة جوية أمريكية استهدفت منزلا في ولاية ننغرهار. ونفت القوات الأمريكية سقوط ضحايا مدنيين.'),
    [['air_strike', ['UNKNOWN_OUTLET alleges', 'USA.MIL denies']]]);
  const text = 'قال متحدث باسم حكومة الوفاق إن قواتهم صدت امس هجوما لقوات حفتر جنوب طرابلس. وأضاف أن طائرة مسيرة تابعة لقوات حفتر قصفت امس مطار معيتيقة. ونفى المتحدث باسم قوات حفتر استهداف المطار.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.claims.some((c) => c.by.id === 'LNA' && c.stance === 'denies')]), [['armed_clash', false], ['drone_strike', true]]);
});

it('a story that turns to another place to tell a blast of nobody named does not go on with the speaker before', () => {
  const text = 'وقال المتحدث باسم قوات حفتر إن الغارة دمرت امس مخزنا للذخيرة في طرابلس. وفي بنغازي، انفجرت سيارة مفخخة أمام مسجد وقتل أربعة من المصلين.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.claims.map((c) => c.by.id)]), [['air_strike', ['LNA']], ['bombing', ['UNKNOWN_OUTLET']]]);
});

it('an air strike told after a car bomb is another event; tanks are a state\'s, not the group that attacked before', () => {
  const text = 'قتل عشرون شخصا امس في انفجار سيارة مفخخة عند نقطة تفتيش في مقديشو. وقالت القيادة الأمريكية في أفريقيا إنها نفذت غارة جوية قتلت أربعة مقاتلين من حركة الشباب.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.weapons.map((w) => w.id).join()]), [['bombing', 'car-bomb'], ['air_strike', 'warplane']]);
  const tanks = 'قصفت المقاتلات التركية امس مواقع لتنظيم داعش قرب مدينة كلس. وهاجم مسلحو التنظيم امس موقعا حدوديا وقتلوا ثلاثة جنود. وأطلقت دبابات عدة قذائف على مواقع التنظيم.';
  assert.deepEqual(eventsOf(tanks).map((e) => [e.type, e.actor1?.id]), [['air_strike', 'TUR.MIL'], ['armed_clash', 'ISIS'], ['shelling', 'TUR.MIL']]);
});

it('gunmen told of without a name are the group that claims the attack ("وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم")', () => {
  const text = 'قتل خمسة من أفراد الشرطة امس في هجوم شنه مسلحون على حاجز أمني جنوب مدينة العريش. وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.claims.map((c) => `${c.by.id} ${c.stance}`)]), [['armed_clash', 'ISIS', ['UNKNOWN_OUTLET reports', 'ISIS asserts']]]);
});

it('a nationality after a preposition ("صاروخين من الأراضي اللبنانية") is no party\'s: rockets from a country are not its army\'s', () => {
  const [event] = eventsOf('أطلق مجهولون امس صاروخين من الأراضي اللبنانية باتجاه شمال إسرائيل.');
  assert.deepEqual([event?.type, event?.actor1?.id ?? null, event?.actor2?.id ?? null], ['missile_strike', 'MILITANTS', null]);
});

it('who makes a call ("أجرى رئيس الحكومة اللبنانية اتصالا بقائد قوات اليونيفيل") is the subject before the noun, and the verb joined after it shares that subject', () => {
  const text = 'وأجرى رئيس الحكومة اللبنانية اتصالا امس بقائد قوات اليونيفيل، وطالب بالضغط على إسرائيل لوقف خروقاتها.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id, e.actor2?.id ?? null]), [['consult', 'LBN.GOV', 'UNIFIL'], ['appeal', 'LBN.GOV', null]]);
  assert.deepEqual(eventsOf('وأجرى وزير الخارجية التركي اتصالا هاتفيا امس بالرئيس الفرنسي.').map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['consult', 'TUR.GOV', 'FRA.GOV']]);
});

it('what a threat threatens is no occurrence however long the name of who threatens ("هدد الرئيس التركي رجب طيب أردوغان بشن عملية")', () => {
  assert.deepEqual(eventsOf('وهدد الرئيس التركي رجب طيب أردوغان امس بشن عملية عسكرية جديدة في منبج.').map((e) => [e.type, e.actor1?.id]), [['threaten', 'TUR.GOV']]);
});

it('a surname the article introduced with its office is the subject of any verb it follows ("دعا ظريف")', () => {
  const text = 'بحث وزير الخارجية الروسي مع نظيره الإيراني محمد جواد ظريف امس في موسكو الأزمة السورية. ودعا ظريف الدول الغربية إلى رفع العقوبات عن دمشق.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.actor1?.id]), [['consult', 'RUS.GOV'], ['appeal', 'IRN.GOV']]);
});

it('a nationality after words of a party ("رفضت الخارجية الأمريكية الاتهامات الروسية") names whose words they are', () => {
  assert.deepEqual(eventsOf('ورفضت وزارة الخارجية الأمريكية امس الاتهامات الروسية بعرقلة التسوية.').map((e) => [e.type, e.actor1?.id, e.actor2?.id]), [['reject', 'USA.GOV', 'RUS.GOV']]);
});

it('the dead counted before a list of some of them ("14 مدنيا بينهم خمسة أطفال قتلوا") are the toll, not the list\'s number', () => {
  assert.deepEqual(eventsOf('وقال المرصد إن 14 مدنيا بينهم خمسة أطفال قتلوا امس في غارات على بلدة كفرنبل.').map((e) => e.counts.fatalities), [14]);
});

it('a party that denies attacks of a kind where the article told one ("نفت وزارة الدفاع الروسية ... أي غارات على ريف إدلب") denies that one, however far back', () => {
  const text = [
    'وقال المرصد إن 14 مدنيا قتلوا امس جراء غارات نفذتها طائرات روسية على بلدة كفرنبل في ريف إدلب.',
    'وفي ريف حماة، دارت اشتباكات امس بين قوات النظام والفصائل قرب بلدة كفرنبودة.',
    'كما قصفت الفصائل امس بالقذائف مدينة السقيلبية.',
    'في المقابل، نفت وزارة الدفاع الروسية مشاركة طائراتها في أي غارات على ريف إدلب.',
  ].join(' ');
  const events = eventsOf(text);
  assert.deepEqual(events.map((e) => e.type), ['air_strike', 'armed_clash', 'shelling']);
  assert.deepEqual(events[0]!.claims.map((c) => `${c.by.id} ${c.stance}`), ['SOHR alleges', 'RUS.MIL denies']);
});

it('the other side of a fight "بين ... من جهة، و... من جهة أخرى" is the party after the first side, not an ally of the first', () => {
  const [event] = eventsOf('دارت امس مواجهات بين الجيش الأفغاني ومسلحين قبليين موالين له من جهة، وحركة طالبان من جهة ثانية قرب مدينة قندوز.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id], ['armed_clash', 'AFG.MIL', 'TALIBAN']);
});

it('an attack verb of a relative clause ("ضد الغارات التي استهدفت المدينة") describes what a protest told before it is about', () => {
  assert.deepEqual(eventsOf('تظاهر آلاف امس في بيروت ضد الغارات التي استهدفت المدينة المحاصرة.').map((e) => e.type), ['protest']);
});

it('an attack of a party that killed people, none armed and no other party named, is an attack on civilians; "الدعم السريع" is a party, no support', () => {
  const [event] = eventsOf('قتل 23 شخصا على الأقل امس في هجوم شنته قوات الدعم السريع على قرية في إقليم دارفور.');
  assert.deepEqual([event?.type, event?.actor1?.id, event?.actor2?.id, event?.counts.fatalities], ['attack_on_civilians', 'RSF', 'CIVILIANS', 23]);
});

it('a numeral after its noun ("مدنيين اثنين") counts it, and a noun joined by و ("وإصابة خمسة") begins the next count', () => {
  const [event] = eventsOf('سقطت قذائف صاروخية امس على مدينة السقيلبية، ما أسفر عن استشهاد مدنيين اثنين وإصابة خمسة آخرين.');
  assert.deepEqual([event?.counts.fatalities, event?.counts.injured], [2, 5]);
});

it('positions of fighters destroyed by another party ("دمرت وحدات الجيش أوكارا للمجموعات الإرهابية") are fought, not property', () => {
  assert.deepEqual(eventsOf('دمرت وحدات من الجيش امس أوكارا وتحصينات للمجموعات الإرهابية في بلدة اللطامنة بريف حماة.').map((e) => [e.type, e.actor1?.id, e.actor2?.id]),
    [['armed_clash', 'SYR.MIL', 'MILITANTS']]);
});

it('a dateline after the line of the date ("بغداد - ...") says where the story was filed, not where the bomb went off', () => {
  const text = 'الخميس 19 تشرين الثاني/نوفمبر 2026\nبغداد - قتل 12 شخصا على الأقل وأصيب 30 آخرون بجروح، امس، في تفجير انتحاري استهدف سوقا في مدينة كركوك.';
  assert.deepEqual(eventsOf(text).map((e) => [e.type, e.locations.map((l) => l.name_en), e.counts.fatalities]), [['suicide_bombing', ['Kirkuk'], 12]]);
});

it('a number joined by و to the count before, of another party ("مقتل 9 عناصر من قوات النظام و7 من مقاتلي الفصائل"), adds to it', () => {
  assert.deepEqual(eventsOf('دارت اشتباكات امس في ريف حماة أسفرت عن مقتل 9 عناصر من قوات النظام و7 من مقاتلي الفصائل.').map((e) => e.counts.fatalities), [16]);
});

/** Each event as type, actor1 and its places with their precision. */
function placed(text: string): string[] {
  const events = eventsOf(text);
  return events.map((e) => `${e.type} ${e.actor1?.id ?? '-'} ${e.locations.map((l) => `${l.name_en}/${l.precision}`).join('+') || '-'}`);
}

const PLACES: Array<[string, string, string[]]> = [
  [
    'talks are not where what they are about is, nor where the other places of its list are ("الأوضاع في سوريا وأوكرانيا")',
    'بحث الرئيس الروسي ونظيره التركي في اتصال هاتفي امس الأوضاع في سوريا وأوكرانيا.',
    ['consult RUS.GOV -'],
  ],
  [
    'Iraq\'s Kurdistan Region is no Iranian province, and the place words between a verb of scene and the attack it suffered do not part them',
    'تعرض مطار أربيل الدولي في إقليم كردستان العراق امس لهجوم بطائرة مسيرة.',
    ['drone_strike - Erbil/1+Kurdistan Region/2'],
  ],
  [
    'a capital told from a town in a direction, with its nationality between ("غرب العاصمة الليبية طرابلس"), only says where the town is',
    'اندلعت اشتباكات امس بين مجموعتين مسلحتين في مدينة الزاوية غرب العاصمة الليبية طرابلس.',
    ['armed_clash - Zawiya/1'],
  ],
  [
    'the "جزيرة" of a town is the land around it ("جزيرة سامراء"): the town at precision 2',
    'وقصفت طائرات الجيش العراقي امس مواقع للمسلحين في جزيرة سامراء.',
    ['air_strike IRQ.MIL Samarra/2'],
  ],
  [
    'after a near cue that only says "near" ("قرب"), a place name that is also a word is the word ("السياج الفاصل")',
    'استشهد شاب فلسطيني امس برصاص قناص قرب السياج الفاصل شرق مدينة غزة.',
    ['attack_on_civilians - Gaza/2'],
  ],
  [
    'a school "بالقرب من" which a bomb went off is no village named Madrasah',
    'انفجرت عبوة ناسفة امس بالقرب من مدرسة في مدينة دوما.',
    ['bombing - Douma/1'],
  ],
  [
    'after a settlement word with the article, a word with it describes ("المدن التركية", "المدينة الكبرى"): no village of that name',
    'تظاهر آلاف امس في المدن التركية. وتجمع مئات المحتجين اليوم في شوارع المدينة الكبرى.',
    ['protest PROTESTERS -', 'protest PROTESTERS -'],
  ],
  [
    'places beyond Syria and its neighbours, by each of the names the press gives them',
    'فجر انتحاري نفسه امس في مسجد بمدينة كويتا. وقتل جنديان امس في هجوم على قاعدة في كابل. وقصفت الطائرات امس مدينة درنة.',
    ['suicide_bombing - Quetta/1', 'armed_clash - Kabul/1', 'air_strike - Derna/1'],
  ],
  [
    'the party right after the noun of an attack, with ل or without, made it; an armed group named right after the verb strikes from the air too',
    'قتل ثلاثة جنود امس في هجوم لحركة طالبان في ولاية هلمند. وشن الحوثيون امس هجوما بطائرة مسيرة على مطار جنوب السعودية.',
    ['armed_clash TALIBAN Helmand/3', 'drone_strike HOUTHIS Saudi Arabia/2'],
  ],
  [
    'a country is known by its name in any article, near a direction word too: not a village that shares the name',
    'قصفت الطائرات امس بلدة تلبيسة في ريف حمص. وسقطت قذيفة امس في منطقة حدودية جنوب السعودية.',
    ['air_strike - Talbiseh/1', 'shelling - Saudi Arabia/2'],
  ],
  [
    'a meeting told as where a party spoke is the occasion of its statement, made where the meeting was',
    'وصرح وزير الخارجية الروسي للصحفيين في جنيف عند انتهاء اجتماع بشأن الأزمة الإنسانية بأن التسوية ممكنة.',
    ['statement RUS.GOV Geneva/1'],
  ],
  [
    'where a statement was made can come in a later sentence of it',
    'وقال وزير الخارجية الصيني امس إن الحل سياسي. وأضاف الوزير الصيني للصحفيين في جنيف إن الحوار هو الطريق.',
    ['statement CHN.GOV Geneva/1'],
  ],
  [
    'the surroundings of the town told before ("المحيطة بالمدينة") are near it, not in it',
    'قصفت مدفعية النظام مدينة حرستا امس. وأطلقت القوات هجوما بريا في الحقول المحيطة بالمدينة.',
    ['shelling SYR.MIL Harasta/1', 'armed_clash SYR.MIL Harasta/2'],
  ],
  [
    '"محافظة" names the governorate, though a source gives its capital the same name',
    'اندلعت اشتباكات في محافظة إدلب امس بين هيئة تحرير الشام وحركة أحرار الشام.',
    ['armed_clash NUSRA Idlib/3'],
  ],
  [
    '"مدينة" names the city, though a source gives its district the same name',
    'قصفت الطائرات الحربية مدينة إدلب امس.',
    ['air_strike - Idlib/1'],
  ],
  [
    'a district named by a settlement word is its seat, the town itself; named by "ناحية" it is the district',
    'قصفت الطائرات بلدة الصور امس. وقصفت المدفعية ناحية الصور اليوم.',
    ['air_strike - Sur/1', 'shelling - Sur/2'],
  ],
  [
    'a village after a preposition is found where the sentence names its governorate; a compound name may be written joined',
    'قتل ثلاثة مدنيين امس بقذائف هاون سقطت على عرس في عين ترما في ريف دمشق. وقتل شرطي تركي امس في هجوم في دياربكر.',
    ['shelling - `Ayn Tarma/1', 'armed_clash - Diyarbakır/1'],
  ],
  [
    'a country backing the party that acts is no place of the event; a word of quantity after the preposition still introduces one',
    'وسيطرت القوات الحكومية مدعومة من روسيا امس على كامل الغوطة الشرقية بعد حملة طويلة.',
    ['territory_change SYR.MIL Eastern Ghouta/2'],
  ],
  [
    'declining to say ("رفض التعليق", "رفض تحديد") rejects nothing; rejecting cooperation is a rejection',
    'ورفض المتحدث امس التعليق على التقارير. ورفضت الخارجية الأميركية امس أي تعاون مع الحكومة السورية.',
    ['reject USA.GOV -'],
  ],
  [
    'forces that overran a town took it; forces that tightened their control ("أحكمت السيطرة") took what they control',
    'اجتاحت القوات الحكومية بلدة مضايا امس. وأحكمت القوات الحكومية اليوم السيطرة على مخيم اليرموك.',
    ['territory_change SYR.MIL Medaya/1', 'territory_change SYR.MIL Yarmouk Camp/1'],
  ],
  [
    'a monitor reports violence, but what it demands or accuses is its own act',
    'وطالبت الشبكة السورية لحقوق الإنسان مجلس الأمن امس بضمان تنفيذ قراراته. وقتل خمسة مدنيين امس بقصف على مدينة دوما بحسب الشبكة.',
    ['appeal SNHR -', 'shelling - Douma/1'],
  ],
  [
    'a warning is a statement; it threatens when what it says threatens',
    'وحذرت الأمم المتحدة امس من عواقب التصعيد على سكان المدن. وحذرت تركيا اليوم من أنها سترد بحزم على أي اعتداء.',
    ['statement UN -', 'threaten TUR.GOV -'],
  ],
  [
    'weapons and nationalities in the dual name the attack and its maker; "أسلحة" is a noun, no verb of arming',
    'واستهدف صاروخان إسرائيليان مستودعات أسلحة قرب مطار دمشق امس. وقصفت مقاتلتان تركيتان مواقع للتنظيم اليوم قرب جرابلس.',
    ['missile_strike ISR.MIL Damascus International Airport/2', 'air_strike TUR.MIL Jarabulus/2'],
  ],
  [
    'missiles falling are a missile strike, not the fall of a town',
    'وتحدث المرصد عن سقوط صاروخين إسرائيليين امس قرب مطار حلب الدولي.',
    ['missile_strike ISR.MIL Aleppo International Airport/2'],
  ],
  [
    'two bombs, explosions that shook a town, shells and rockets that fell are attacks of their kind',
    'وقتل ثلاثة مدنيين امس بانفجار عبوتين ناسفتين في مدينة إعزاز. وهز انفجاران مدينة القامشلي اليوم. وسقطت صواريخ على مدينة سديروت امس.',
    ['bombing - Azaz/1', 'bombing - Al-Qamishli/1', 'missile_strike - Sderot/1'],
  ],
  [
    'a suicide attacker who blows himself up is a suicide bombing; "على يد" names who did it; an armed group that detains abducts',
    'وفجر انتحاري حزامه الناسف امس أمام مركز للشرطة في مدينة بعقوبة. واختطف مهندس اليوم على يد مسلحين في مدينة قندهار. واحتجز مسلحون ستة من رجال الأمن امس في مدينة إسلام آباد.',
    ['suicide_bombing - Baqubah/1', 'abduction MILITANTS Kandahar/1', 'abduction MILITANTS Islamabad/1'],
  ],
  [
    'what a verb of scene says struck may come after its subject and the time',
    'وتعرض مسؤول محلي في بلدية نابلس امس لمحاولة اغتيال في مدينة نابلس.',
    ['assassination - Nablus/1'],
  ],
  [
    'forces that disable a vehicle with a guided missile strike it; forces named inside "أرسلت قوات" sent them',
    'وأعطب مقاتلو المعارضة امس عربة عسكرية للنظام بصاروخ موجه داخل قرية المنصورة. وأرسلت قوات النظام اليوم تعزيزات عسكرية إلى ريف إدلب.',
    ['missile_strike REBELS Al Mansurah/1', 'deployment SYR.MIL Idlib/2'],
  ],
  [
    'a strike attributed to a country ("منسوبة لـ", "نسبت إلى", "يعتقد أنها") is its forces\', and the country is no place',
    'وضربت غارة منسوبة لإسرائيل امس مستودعا للذخيرة قرب مطار حلب الدولي. وقتل خمسة عناصر من حزب الله اليوم بغارة يعتقد أنها إسرائيلية في ريف القنيطرة. وأصابت غارات نسبت إلى تركيا امس مواقع قرب بلدة جنديرس.',
    ['air_strike ISR.MIL Aleppo International Airport/2', 'air_strike ISR.MIL Quneitra/2', 'air_strike TUR.MIL Jindayris/2'],
  ],
  [
    'a strike the lead tells as an air raid and the body as missiles, by the same maker at the same place and date, is one strike',
    'وضربت غارة منسوبة لإسرائيل امس مخازن ذخيرة قرب مطار حلب الدولي. وذكر المرصد السوري أن صاروخين إسرائيليين أصابا امس المخازن قرب مطار حلب الدولي.',
    ['air_strike ISR.MIL Aleppo International Airport/2'],
  ],
  [
    'an earlier attack named in passing ("بعد ثلاثة أيام من تفجير", "ردا على هجوم") is an event of its own, with its own maker and place',
    'وأغارت طائرات تركية امس على مواقع للتنظيم قرب الحدود، بعد ثلاثة أيام من تفجير انتحاري ضرب بلدة سروج. وجاء القصف ردا على هجوم شنه مسلحون من التنظيم على نقطة للجيش التركي في بلدة كلس.',
    ['air_strike TUR.MIL -', 'suicide_bombing - Suruc/1', 'armed_clash MILITANTS Kilis/1'],
  ],
  [
    'support and criticism told in the present tense are a standing position; told in the past they are acts',
    'ويتمركز في العراق قرابة ثلاثة آلاف عسكري بريطاني يدعمون القوات المحلية. وقدمت الحكومة البريطانية امس دعما عسكريا للقوات العراقية. وينتقد رئيس الوزراء البريطاني عادة سياسات روسيا. وانتقد رئيس الوزراء البريطاني امس سياسات روسيا.',
    ['support GBR.GOV -', 'accuse GBR.GOV -'],
  ],
  [
    'one person named right after the verb of death is the dead, not the killer; an event the story told that "comes after" another is no new one',
    'قتل جندي فرنسي امس بانفجار لغم أرضي في مدينة منبج. ويأتي مقتل الجندي بعد يومين من تصريح الرئيس الفرنسي بأن قواته باقية في المنطقة.',
    ['bombing - Manbij/1', 'statement FRA.GOV -'],
  ],
  [
    'the party right after a verb of attack made it, though another party is named first',
    'وتصاعد التوتر مع الأردن الذي ينشر جنوده على حدوده الشمالية منذ أن أسقطت قوات النظام امس إحدى طائراته العسكرية.',
    ['interception SYR.MIL -'],
  ],
  [
    'a preposition joined to "و" ("وفي جنيف") introduces a place as "في" does',
    'وفي جنيف أكد الأمين العام للأمم المتحدة امس أن الحل السياسي ما زال ممكنا.',
    ['statement UN Geneva/1'],
  ],
  [
    '"التنظيم" is the group the story named last',
    'ودعا تنظيم الدولة الإسلامية في بيان امس السكان إلى مغادرة المدينة. وسيطر التنظيم فجر الخميس على بلدة القريتين إثر معارك استمرت ساعات.',
    ['appeal ISIS -', 'territory_change ISIS Al-Qaryatayn/1'],
  ],
  [
    'of parties joined by "و" the first named acts',
    'وعطلت روسيا والصين امس بالفيتو مشروعا أوروبيا في مجلس الأمن.',
    ['reject RUS.GOV -'],
  ],
  [
    'deaths counted since a war began ("منذ بداية") are a toll, not an event',
    'وقتل منذ بداية النزاع في اليمن في آذار 2015 أكثر من ألفي مدني بحسب الأمم المتحدة. وقتل ثلاثة مدنيين امس في قصف على مدينة دوما.',
    ['shelling - Douma/1'],
  ],
  [
    '"الجيش" alone is the armed forces the story named last',
    'قصف الجيش التركي امس مواقع للتنظيم قرب جرابلس. وقال الجيش في بيان اليوم إن قواته ستبقى في المنطقة.',
    ['shelling TUR.MIL Jarabulus/2', 'statement TUR.MIL -'],
  ],
  [
    '"الحكومة" alone is the government the story named last, though a date follows it',
    'قصفت المدفعية التركية امس مواقع قرب جرابلس بحسب الحكومة التركية. ودعت الحكومة اليوم مجلس الأمن إلى التحرك.',
    ['shelling TUR.MIL Jarabulus/2', 'appeal TUR.GOV -'],
  ],
  [
    'fighters named by their creed ("جهاديون") are the group the story named',
    'ودعا تنظيم الدولة الإسلامية في بيان امس السكان إلى مغادرة المدينة. وهاجم جهاديون اليوم نقطة للجيش التركي في مدينة كيليس وقتلوا جنديا.',
    ['appeal ISIS -', 'armed_clash ISIS Kilis/1'],
  ],
  [
    'the area "opposite" a town ("المقابل لمدينة") is near it',
    'استهدفت مقاتلات تركية امس تحصينات للتنظيم على الشريط المقابل لمدينة كيليس.',
    ['air_strike TUR.MIL Kilis/2'],
  ],
  [
    'a border between Syria and a neighbour is a place of its own, near which things happen',
    'شنت القوات الجوية العراقية امس غارات على تجمعات للتنظيم قرب الحدود السورية العراقية. وقصف الجيش التركي اليوم مواقع قرب الحدود التركية السورية.',
    ['air_strike IRQ.MIL Syrian-Iraqi border/2', 'shelling TUR.MIL Turkish-Syrian border/2'],
  ],
  [
    'a part of a country named by its direction is that part, a compound direction too; a town named in it is the place',
    'أعلنت قوات سوريا الديموقراطية امس أنها شنت هجوما على مواقع التنظيم في شرق سوريا. وقتل تسعة جنود امس بغارة جوية خاطئة في جنوب شرقي أفغانستان. وقصفت الطائرات امس مدينة منبج شمال سوريا.',
    ['armed_clash SDF Eastern Syria/3', 'air_strike - South-eastern Afghanistan/3', 'air_strike - Manbij/1'],
  ],
  [
    'a border named by one country is the border with it of the country the article is about; a telling that names only the country is the same strike',
    'أغارت مقاتلات عراقية امس على مخابئ للتنظيم في سوريا على مقربة من الحدود العراقية. وذكر بيان عسكري أن الغارات في سوريا دمرت مقرات للتنظيم.',
    ['air_strike IRQ.MIL Syrian-Iraqi border/2+Syria/3'],
  ],
  [
    'a border named by one country, in an article about Iraq, is Iraq\'s border with it',
    'قصفت المدفعية التركية امس مواقع لحزب العمال الكردستاني في شمال العراق قرب الحدود التركية. ويشن الجيش التركي عمليات متكررة في العراق.',
    ['shelling TUR.MIL Iraqi-Turkish border/2'],
  ],
  [
    'a governorate of Yemen named with "محافظة" is the governorate, not its city of the same name; a capital after "العاصمة" and a nationality is in that country',
    'قصفت طائرات التحالف بقيادة السعودية امس سوقا في محافظة صعدة. واندلعت اشتباكات امس في الضواحي الجنوبية للعاصمة الليبية طرابلس بين قوات حكومة الوفاق وقوات حفتر.',
    ["air_strike SAU_COALITION Sa'dah Governorate/3", 'armed_clash LBY.MIL Tripoli (Libya)/1'],
  ],
  [
    'whose bullets killed made the killing; where the source cited after it is ("بحسب وزارة الصحة في غزة") is not where it happened, and "وزارة" is no village read through و',
    'قتل شاب امس برصاص الجيش الإسرائيلي قرب بلدة بيت حانون، بحسب وزارة الصحة في غزة.',
    ['attack_on_civilians ISR.MIL Beit Hanoun/2'],
  ],
  [
    'an attack on a security post ("هجوم على كمين أمني") is one attack whose target is the post, not an ambush of its own',
    'قتل خمسة جنود مصريين، بينهم ضابط، امس في هجوم شنه مسلحون على كمين أمني جنوب العريش.',
    ['armed_clash MILITANTS Arish/2'],
  ],
  [
    'a border named as between two countries ("الحدود بين لبنان وسوريا") is their border; the nationality after an air raid\'s two words made it',
    'دمرت غارة جوية إسرائيلية امس شاحنة على الحدود بين سوريا ولبنان.',
    ['air_strike ISR.MIL Syrian-Lebanese border/2'],
  ],
  [
    'a nationality with the article after the attack\'s noun ("القصف التركي") made it: it is not read as the country\'s name, nor dropped',
    'أسفر القصف التركي امس على قرية جنديرس عن مقتل ثلاثة مدنيين.',
    ['shelling TUR.MIL Jindayris/1'],
  ],
  [
    'a place the one named before lies in a direction from ("بعقوبة (60 كلم شمال شرق بغداد)", "مأرب شرق صنعاء") only says where that one is',
    'انفجرت سيارة مفخخة امس في مدينة بعقوبة (60 كلم شمال شرق بغداد). وقصفت الطائرات امس محافظة مأرب شرق صنعاء.',
    ['bombing - Baqubah/1', 'air_strike - Marib Governorate/3'],
  ],
  [
    'a direction joined by و ("بين شرق مدينة الباب وغرب مدينة منبج") names a place of its own, no landmark',
    'قصفت الطائرات امس مواقع تقع بين شرق مدينة الباب وغرب مدينة منبج.',
    ['air_strike - al-Bab/2+Manbij/2'],
  ],
  [
    'city districts much in the news are places of their own, named with their city',
    'قصفت قوات النظام امس حي بابا عمرو في حمص وحي الشيخ مقصود في حلب.',
    ['shelling SYR.MIL Baba Amr/1+Homs/1+Sheikh Maqsoud/1+Aleppo/1'],
  ],
];

for (const [why, sentence, expected] of PLACES) {
  it(why, () => assert.deepEqual(placed(sentence), expected));
}
