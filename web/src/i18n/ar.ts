import type { Dict } from './en.ts';

/** Every string of the Arabic interface (right to left). */
export const ar: Dict = {
  dir: 'rtl',
  title: 'رصد',
  subtitle: 'أحداث النزاع كما تقرؤها الأخبار العربية',
  switchLanguage: 'English',
  events: (n: number, exact = true) =>
    exact
      ? `${n.toLocaleString('ar')} ${n === 1 ? 'حدث' : n === 2 ? 'حدثان' : n >= 3 && n <= 10 ? 'أحداث' : 'حدثًا'}`
      : `أكثر من ${n.toLocaleString('ar')} حدث`,
  loading: 'جارٍ التحميل…',
  error: 'تعذّر التحميل',
  filters: {
    type: 'نوع الحدث', actor: 'الفاعل', admin1: 'المحافظة', weapon: 'السلاح', target: 'الهدف', stance: 'الادعاء',
    from: 'من', to: 'إلى', q: 'بحث (بالعربية أو الإنجليزية)', any: 'الكل', clear: 'مسح المرشحات', search: 'بحث',
  },
  list: { more: 'المزيد', empty: 'لا أحداث تطابق هذه المرشحات.', unknownDate: 'تاريخ غير معروف', unknownActor: '—' },
  timeline: { title: 'الأحداث في اليوم', hint: 'اسحب على الأعمدة لاختيار التواريخ', clear: 'كل التواريخ' },
  exports: { label: 'تصدير', csv: 'CSV', geojson: 'GeoJSON', jsonl: 'JSONL' },
  map: {
    label: 'خريطة الأحداث', area: 'حدث على مساحة (دون مكان محدد)',
    countryWide: (n: string) => `${n} معروفة على مستوى البلد فقط: غير مرسومة`,
  },
  event: {
    back: 'العودة إلى القائمة', close: 'إغلاق', type: 'النوع', codes: 'الرموز', actors: 'الأطراف', actor1: 'الفاعل',
    actor2: 'المستهدف', places: 'الأماكن', launchedFrom: 'انطلق من', date: 'التاريخ', counts: 'الأعداد',
    weapons: 'الأسلحة', targets: 'الأهداف', claims: 'الادعاءات', supporting: 'يؤكد أو يتهم أو ينقل',
    denying: 'ينفي', noClaims: 'لا أحد', article: 'المقال', source: 'المصدر', published: 'تاريخ النشر',
    evidence: 'الجمل التي قُرئ منها الحدث مظلّلة.', notFound: 'هذا الحدث غير موجود في قاعدة البيانات.',
    background: 'ورد عرضًا سياقًا أو تاريخًا، لا خبرًا للجملة (تقدير).',
  },
  stance: { asserts: 'يؤكد', denies: 'ينفي', alleges: 'يتهم', reports: 'ينقل' },
  precision: { 1: 'المكان نفسه', 2: 'قرب المكان', 3: 'المحافظة أو أوسع' },
  datePrecision: { day: 'يوم', range: 'فترة', month: 'شهر', year: 'سنة', unknown: 'غير معروف' },
  counts: {
    fatalities: 'قتلى', injured: 'جرحى', strikes: 'ضربات', sorties: 'طلعات', missiles: 'صواريخ',
    targets_hit: 'أهداف أصيبت', approximate: 'تقريبي',
  },
  types: {
    air_strike: 'غارة جوية', drone_strike: 'ضربة بطائرة مسيّرة', missile_strike: 'ضربة صاروخية', shelling: 'قصف مدفعي',
    bombing: 'تفجير', suicide_bombing: 'تفجير انتحاري', chemical_attack: 'هجوم كيميائي', armed_clash: 'اشتباك مسلح',
    territory_change: 'تغيّر السيطرة', attack_on_civilians: 'هجوم على مدنيين', abduction: 'اختطاف', arrest: 'اعتقال',
    interception: 'اعتراض', base_established: 'إنشاء قاعدة', military_exercise: 'مناورة عسكرية', deployment: 'انتشار',
    protest: 'احتجاج', consult: 'مشاورات', agree: 'اتفاق', request: 'طلب', appeal: 'مناشدة', accuse: 'اتهام',
    reject: 'رفض', threaten: 'تهديد', support: 'دعم', aid: 'مساعدات', sanction: 'عقوبات', statement: 'تصريح',
    assassination: 'اغتيال', property_destruction: 'تدمير ممتلكات',
  },
  targets: {
    command_center: 'مركز قيادة', ammunition_depot: 'مستودع ذخيرة', training_camp: 'معسكر تدريب', hospital: 'مستشفى',
    vehicles: 'آليات', fortification: 'تحصينات', air_defence: 'دفاع جوي', school: 'مدرسة', mosque: 'مسجد',
    market: 'سوق', bakery: 'مخبز', residential: 'منازل',
  },
};
