"""Indicator phrases taken from the text, and their dictionary codes."""
from datetime import date

from zhibiao.extract import extract_facts

from .test_extract_support import facts, one


def indicators(sentence):
    return [(f.text, f.indicator) for f in facts(sentence)]


def test_subject_before_the_verb():
    one("过去一年,磐石市旅游收入实现8.5亿元。", indicator="磐石市旅游收入", indicator_code="tourism_revenue")
    one("城镇新增就业3331人,", indicator="城镇新增就业", indicator_code="urban_new_jobs")
    one("空气优良天数比例比2022年提高0.5个百分点,", indicator="空气优良天数比例")


def test_noun_after_the_quantity():
    one("磐石建龙智造中心等5个技改升级项目全面投入运行。", indicator="技改升级项目")
    one("提拔重用68名实绩突出的干部。", indicator="提拔重用干部")


def test_examples_before_a_category_are_dropped_when_long():
    one("打通双朝线吉昌至双阳段等“断头路”13条。", indicator="打通“断头路”")
    one("新建口袋公园等绿化项目11个。", indicator="新建口袋公园等绿化项目")


def test_growth_after_a_level_takes_its_indicator():
    assert indicators("新登记经营主体4.8万户、同比增长26.8%,") == [
        ("4.8万户", "新登记经营主体"), ("26.8%", "新登记经营主体")]


def test_investment_of_a_named_project():
    one("投资260亿元的京能集团风光互补项目签约。", indicator="京能集团风光互补项目投资")
    found = indicators("统筹实施总投资80.7亿元的49个城市基础设施项目。")
    assert found == [("80.7亿元", "城市基础设施项目总投资"), ("49个", "城市基础设施项目")]


def test_parallel_lists_with_fenbie():
    assert [i for _, i in indicators("全市肉牛、生猪、家禽、梅花鹿出栏量分别增长44.8%、11.6%、7.2%和20.7%。")] == [
        "肉牛出栏量", "生猪出栏量", "家禽出栏量", "梅花鹿出栏量"]
    assert [i for _, i in indicators("批零住餐分别增长22.2%、6.2%、2.3%和15.2%。")] == [
        "批发业", "零售业", "住宿业", "餐饮业"]
    assert [i for _, i in indicators("原油、煤炭、天然气产量分别达到1215万吨、904万吨、9.1亿立方米。")] == [
        "原油产量", "煤炭产量", "天然气产量"]
    found = indicators("全年接待游客突破2000万人次、实现旅游收入突破200亿元，分别增长53%、76%。")
    assert [i for _, i in found[2:]] == [found[0][1], found[1][1]]


def test_region_and_acronym_subjects_map_to_codes():
    f = one("2024年上半年,吉林市龙潭区GDP增长速度达到新高,实现8.5%。", None)
    assert f.indicator_code == "gdp"


def test_a_modifier_that_reads_like_a_verb_stays_in_the_noun():
    one("全力推进区内4个签约项目落地建设。", indicator="签约项目")
    one("扎实推进空中草原等4个A级景区基础设施改造。", indicator="A级景区基础设施改造")


def test_a_growth_compared_with_other_places_or_periods_is_the_growth_before_it():
    assert indicators("实现地区生产总值2.36万亿元，同比增长6.8%，增速分别高于全国、全省0.7个和0.6个百分点。")[2:] == [
        ("0.7个", "地区生产总值增速"), ("0.6个百分点", "地区生产总值增速")]
    assert indicators("上半年，深圳全市规模以上工业增加值同比增长5.9%，比一季度提升3.6个百分点。")[1] == (
        "3.6个百分点", "深圳全市规模以上工业增加值增速")
    assert indicators("1-11月，神木市规上工业总产值同比增长59.8%，较1-10月加快6.9个百分点。")[1] == (
        "6.9个百分点", "神木市规上工业总产值增速")


def test_both_ends_of_a_change_measure_the_subject_before_it():
    assert indicators("在三级医疗机构住院的报销比例，未成年人及在校学生从70%提高至80%。") == [
        ("70%", "未成年人及在校学生"), ("80%", "未成年人及在校学生")]
    assert [i for _, i in indicators("主导推动煤炭原矿、选矿税率从2.5%、2%提高至6%、5.5%。")] == [
        "主导推动煤炭原矿税率", "选矿税率", "主导推动煤炭原矿税率", "选矿税率"]


def test_a_share_or_total_that_names_only_the_relation_takes_the_quantity_before_it():
    assert indicators("获第八届中国创新创业大赛奖5项，占全省的71%，创历史最好水平。")[1] == (
        "71%", "获第八届中国创新创业大赛奖占全省比重")
    assert indicators("全市3860个居民小区已成立业主委员会2522个、占比65.3%。")[2] == ("65.3%", "居民小区已成立业主委员会占比")
    assert indicators("新增落户“三类500强”企业1家、总数达53家。")[1] == ("53家", "落户“三类500强”企业总数")
    # another subject in between: the relation is its own
    assert indicators("规上工业增加值同比增长15.7%，其中煤炭作为最重要的主导行业，在2021年占比高达73.2%。")[1] == (
        "73.2%", "占比")


def test_an_indicator_never_swallows_an_earlier_quantity():
    assert indicators("103个市列重点项目完成投资617.4亿元、增长41.7%。")[1] == ("617.4亿元", "市列重点项目完成投资")
    assert all(not any(c.isdigit() for c in i) for _, i in indicators("港口货物、集装箱吞吐量6.27亿吨和2323.62万标箱。"))
    # a threshold qualifying the noun after it is part of the name
    assert indicators("确保全年开复工5000万元以上项目320个以上。")[1] == ("320个以上", "开复工5000万元以上项目")


def test_bracketed_asides_and_a_second_quantity_are_passed_over():
    one("自治区级优秀平安县（市、区）创建率100%。", indicator="自治区级优秀平安县创建率")
    assert indicators("8.6万户15.7万名建档立卡贫困人口稳定脱贫。")[0][1].startswith("建档立卡贫困人口")


def test_a_total_investment_belongs_to_the_whole_group_after_it():
    assert indicators("总投资18.3亿元的上元、北京联东等4个科技产业社区相继落户新安。")[0] == (
        "18.3亿元", "科技产业社区总投资")
    assert indicators("投资120亿元的海粮现代农业产业园等10个项目。")[0] == ("120亿元", "海粮现代农业产业园投资")


def test_subjects_pair_with_values_without_fenbie_when_as_many():
    assert indicators("PM10、PM2.5浓度下降30.3%、30%，空气质量达到国家二级标准。") == [
        ("30.3%", "PM10浓度"), ("30%", "PM2.5浓度")]
    assert indicators("农村生活垃圾和污水治理率分别提高到65%、18.8%。") == [("65%", "农村生活垃圾治理率"), ("18.8%", "污水治理率")]


def test_comparison_words_are_not_part_of_the_indicator():
    assert indicators("榆林市GDP达到5435.18亿元，较上一年名义GDP增速超30%，实际GDP增速7.9%。")[1:] == [
        ("超30%", "名义GDP增速"), ("7.9%", "实际GDP增速")]
    assert indicators("到位资金773亿元，较前五年增长22%。") == [("773亿元", "到位资金"), ("22%", "到位资金")]


def test_levels_of_a_list_take_the_noun_of_the_last():
    assert [i for _, i in indicators("全市国家级、自治区级、市级民族团结进步示范区（单位）分别增至13个、42个、1045个。")] == [
        "国家级民族团结进步示范区", "自治区级民族团结进步示范区", "市级民族团结进步示范区"]
    assert indicators("高质量完成自治区43项重点改革任务、4项改革试点和69项市级改革任务。")[1] == ("4项", "改革试点")


def test_values_apart_are_not_a_list_of_subjects():
    assert indicators("2023年地区生产总值增长6.0%、总量达4168.5亿元，首破4000亿元大关。") == [
        ("6.0%", "地区生产总值"), ("4168.5亿元", "地区生产总值总量"), ("首破4000亿元", "地区生产总值总量")]


def test_capacity_names_around_the_number():
    assert indicators("中信环境科技有限公司实施的日生产4万吨再生水项目投入生产，污水处理厂提标改造和日处理污水6万吨的三期工程加紧建设。") == [
        ("4万吨", "日生产再生水项目"), ("6万吨", "日处理污水三期工程")]


def test_a_rate_word_after_the_last_subject_holds_for_all():
    found = facts("高考一本、本科进线率分别提高6.7和8.1个百分点，14名学生被清华、北大录取。")
    assert [(f.text, f.indicator, f.measure) for f in found] == [
        ("6.7", "高考一本进线率", "change"), ("8.1个百分点", "本科进线率", "change"), ("14名", "学生", "level")]


def test_verbs_after_a_count_end_its_noun():
    assert indicators("《第一交响曲》等5部作品荣获自治区“天山文艺奖”，18所高中开办科技、体育特色班33个。")[:2] == [
        ("5部", "作品"), ("18所", "高中")]
    assert indicators("养老、失业、工伤保险参保人数分别增长10.3%、2.3%、7.3%。")[2] == ("7.3%", "工伤保险参保人数")


def test_a_one_character_noun_after_a_count():
    assert indicators("“1县5镇50村”入选首批全省典型县镇村培育对象，5个镇入选全国千强镇。") == [("5个", "镇")]


def test_a_count_followed_by_an_amount_and_de_counts_the_noun_after_de():
    assert indicators("重点抓好合盛硅业年产20吉瓦光伏组件等6个年度计划总投资100亿元的装备制造项目。")[1:] == [
        ("6个", "装备制造项目"), ("100亿元", "装备制造项目总投资")]
    # an amount is not a count: the second project is not the first one's
    assert indicators("加快建设投资14.1亿元的清洁供热和投资8.4亿元的供热长输管线等项目。")[0][1] != "供热长输管线投资"


def test_examples_listed_before_deng_are_dropped():
    one("新建改建凉山州科技中学、布拖县高级中学等学校52所。", indicator="新建学校")
    one("拆除南门、北门等节点长期影响市民通行的施工围挡422处。", indicator="拆除施工围挡")
    # 中等 and 高等 are not "and others"
    assert indicators("全市共有国家级示范性中等职业学校3所。")[0][1].endswith("示范性中等职业学校")


def test_a_goal_label_after_the_number_is_not_its_indicator():
    assert indicators("聚焦标准机架10万架、智算规模突破10万P“双十万”建设目标。")[1] == ("突破10万P", "智算规模")


def test_a_count_without_a_noun_shares_the_noun_of_the_next_item():
    assert indicators("完成中央13项、自治区45项生态环境保护督察反馈问题整改。") == [
        ("13项", "中央生态环境保护督察反馈问题整改"), ("45项", "生态环境保护督察反馈问题整改")]
    # values of a list with no noun after them are left alone
    assert [i for _, i in indicators("全市国家级、自治区级、市级民族团结进步示范区（单位）分别增至13个、42个、1045个。")] == [
        "国家级民族团结进步示范区", "自治区级民族团结进步示范区", "市级民族团结进步示范区"]


def test_a_count_followed_by_an_investment_counts_the_projects():
    assert indicators("建设400个总投资800亿元项目，其中市级重点项目80个。")[0] == ("400个", "项目")
    assert indicators("推进20个投资5亿元以上重大工程。")[0] == ("20个", "重大工程")


def test_parallel_values_without_fenbie_pair_with_the_parts_named():
    assert indicators("城镇和农村常住居民人均可支配收入增长3%和7.7%，") == [
        ("3%", "城镇常住居民人均可支配收入"), ("7.7%", "农村常住居民人均可支配收入")]
    assert indicators("全省城乡居民人均可支配收入达到30548元和12881元。") == [
        ("30548元", "城镇居民人均可支配收入"), ("12881元", "农村居民人均可支配收入")]


def test_a_second_list_without_a_subject_pairs_with_the_list_before_it():
    assert indicators("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。") == [
        ("6.9万元", "城镇居民人均可支配收入"), ("3.4万元", "农村居民人均可支配收入"),
        ("4.2%", "城镇居民人均可支配收入"), ("5.3%", "农村居民人均可支配收入")]
    assert [i for _, i in indicators("城市和农村居民家庭人均可支配收入分别达到47710元和21192元，"
                                     "分别比上年增长8.8%和10.3%。")] == [
        "城市居民家庭人均可支配收入", "农村居民家庭人均可支配收入"] * 2


def test_a_value_shared_by_a_list_with_jun_is_the_first_items():
    one("城镇居民人均可支配收入和农民人均纯收入均增长10%，", indicator="城镇居民人均可支配收入",
        indicator_code="urban_disposable_income")


def test_a_rate_qualified_as_real_or_comparable_is_of_the_amount_before_it():
    assert indicators("城镇居民人均可支配收入25578元，实际增长7.6%。") == [
        ("25578元", "城镇居民人均可支配收入"), ("7.6%", "城镇居民人均可支配收入")]
    assert indicators("一般公共预算收入2016.5亿元，按可比口径增长7%。") == [
        ("2016.5亿元", "一般公共预算收入"), ("7%", "一般公共预算收入")]


def test_investment_driven_by_projects_is_the_investment():
    one("带动全社会固定资产投资增长10.6%。", indicator="全社会固定资产投资", indicator_code="fixed_asset_investment")


def test_a_plan_period_compared_with_is_not_the_indicator():
    assert indicators("城乡交通投资803亿元，是“十二五”的1.9倍。") == [
        ("803亿元", "城乡交通投资"), ("1.9倍", "城乡交通投资")]
    assert indicators("民生支出1163.3亿元、是上个五年的2倍。") == [("1163.3亿元", "民生支出"), ("2倍", "民生支出")]


def test_a_rural_income_named_without_its_measure_takes_the_measure_of_its_years():
    # 湖南 2022: an analyst asking for rural disposable income in 2021 found nothing
    sentence = "城乡居民收入分别达44866元、18295元，分别增长7.6%、10.3%。"
    found = extract_facts(sentence, published=date(2022, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("44866元", "urban_disposable_income"), ("18295元", "rural_disposable_income"),
        ("7.6%", "urban_disposable_income"), ("10.3%", "rural_disposable_income")]
    # before the unified household survey it was net income (纯收入); for 2013–2014 the report's year decides:
    # 永州 2014 (城乡居民收入…7799元 for 2013) still spoke of net income, 西安 2015 (…14462元 for 2014) of disposable
    assert [f.indicator_code for f in extract_facts(sentence, published=date(2010, 1, 20))][1] == "rural_net_income"
    assert [f.indicator_code for f in extract_facts(sentence, published=date(2014, 1, 20))][1] == "rural_net_income"
    assert [f.indicator_code for f in extract_facts(sentence, published=date(2015, 1, 20))][1] == "rural_disposable_income"


def codes(sentence):
    return [(f.text, f.indicator_code) for f in facts(sentence)]


def test_a_pair_under_one_phrase_splits_into_its_urban_and_rural_parts():
    assert codes("提高社会保障水平，城乡低保标准分别提高13%和19%，") == [
        ("13%", "dibao_standard_urban"), ("19%", "dibao_standard_rural")]
    assert codes("城乡常住居民人均可支配收入达33830元、12500元，增长9.1%、10.8%。") == [
        ("33830元", "urban_disposable_income"), ("12500元", "rural_disposable_income"),
        ("9.1%", "urban_disposable_income"), ("10.8%", "rural_disposable_income")]


def test_deposits_and_loans_under_one_phrase_split_into_deposits_and_loans():
    assert codes("年末金融机构本外币存贷款余额分别为10733.1亿元、12124.6亿元，增长5.9%、17%，") == [
        ("10733.1亿元", "deposit_balance"), ("12124.6亿元", "loan_balance"),
        ("5.9%", "deposit_balance"), ("17%", "loan_balance")]
    # one value for both is their sum, which has no code
    assert codes("金融机构存贷款余额3499亿元，") == [("3499亿元", None)]


def test_a_clause_that_only_says_how_it_changed_continues_the_fact_before_it():
    assert codes("年末全国总人口为111191万人，比上年末增加1577万人。") == [
        ("111191万人", "total_population"), ("1577万人", "total_population")]
    assert codes("金融机构各项存款余额544亿元，比年初增加72亿元。") == [
        ("544亿元", "deposit_balance"), ("72亿元", "deposit_balance")]
    assert codes("其中，夏粮产量12041万吨，增产2.6%。")[-1] == ("2.6%", "summer_grain_output")
    assert codes("财政收入达到39.2亿元，年平均增长11.9%。")[-1] == ("11.9%", "fiscal_revenue")
    assert codes("城乡居民收入分别达到36469元和16476元，年均实际增长7.5%和8.7%。")[2:] == [
        ("7.5%", "urban_disposable_income"), ("8.7%", "rural_disposable_income")]
    assert codes("预计全市生产总值3065亿元，比增14%")[-1] == ("14%", "gdp")
    assert codes("城乡居民人均可支配收入分别达到33822元和10344元，比“十二五”末提高42.3%和49.1%")[2:] == [
        ("42.3%", "urban_disposable_income"), ("49.1%", "rural_disposable_income")]


def test_a_long_name_of_a_statistic_is_kept_whole():
    one("全市研究与试验发展经费支出占地区生产总值比重达6.61%，", indicator="研究与试验发展经费支出占地区生产总值比重",
        indicator_code="rd_intensity")


def test_items_of_a_list_share_the_share_named_after_the_last():
    assert codes("先进制造业和高技术制造业增加值占规模以上工业增加值的比重分别达42.5%和20.5%") == [
        ("42.5%", "advanced_manufacturing_share"), ("20.5%", "high_tech_manufacturing_share")]
    assert codes("全市生产安全事故起数、死亡人数分别下降20.8%、13.2%，") == [
        ("20.8%", "work_safety_accidents"), ("13.2%", "work_safety_deaths")]


def test_a_capacity_and_a_ratio_keep_their_last_character():
    assert codes("停改关产能落后企业30家，淘汰落后产能73.1万吨，")[-1] == ("73.1万吨", "backward_capacity_eliminated")
    assert codes("金融贷款余额增长7.69%，存贷比达106.58%")[-1] == ("106.58%", "loan_deposit_ratio")


def test_an_item_naming_a_pair_gives_two_values_of_a_list():
    assert codes("地区生产总值、城乡居民人均可支配收入分别完成215.4亿元、38100元、15874元，") == [
        ("215.4亿元", "gdp"), ("38100元", "urban_disposable_income"), ("15874元", "rural_disposable_income")]
    # 进出口 inside a phrase is the trade total, a whole of its own: the growths pair with the values before them
    assert codes("2007年实际利用外资15亿美元，完成进出口总额39.5亿美元，年均分别增长35.4%和18.9%")[2:] == [
        ("35.4%", "foreign_investment"), ("18.9%", "foreign_trade")]


def test_a_total_reached_after_the_number_added_is_the_stock():
    assert codes("新增国家级和省级研发创新平台112个，高新技术企业新增217家、达到290家")[1:] == [
        ("217家", "high_tech_enterprises_new"), ("290家", "high_tech_enterprises")]


def test_investment_without_rural_households_is_its_own_series():
    # 2015 communiqué: 551590亿元 conflicted with 全社会固定资产投资562000亿元 under one code
    found = extract_facts("全年全社会固定资产投资562000亿元，比上年增长9.8%。其中，固定资产投资（不含农户）551590亿元，增长10.0%。",
                          published=date(2016, 2, 29))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("562000亿元", "fixed_asset_investment"), ("9.8%", "fixed_asset_investment"),
        ("551590亿元", "fixed_asset_investment_excl_rural"), ("10.0%", "fixed_asset_investment_excl_rural")]


def test_the_basis_a_figure_is_stated_on_is_not_its_indicator():
    # 2022's reports gave revenue growth net of the VAT refunds; an analyst asking for it found nothing
    assert codes("地方一般公共预算收入剔除留抵退税因素后同口径增长2.3%，") == [("2.3%", "general_budget_revenue")]
    assert codes("一般公共预算收入扣除留抵退税后、同口径增长2.6%，") == [("2.6%", "general_budget_revenue")]
    assert codes("地方一般公共预算收入在更大规模减税降费的情况下下降1.7%，") == [("1.7%", "general_budget_revenue")]
    assert codes("市一般公共预算收入766亿元，扣除留抵退税因素后增长4.1%。") == [
        ("766亿元", "general_budget_revenue"), ("4.1%", "general_budget_revenue")]
    # 海南 2019: without real estate it is another figure
    assert codes("全年实现地区生产总值4832.1亿元，增长5.8%，剔除房地产业后增长7.6%。")[-1] == ("7.6%", None)


def test_a_sign_written_before_the_number_is_not_part_of_the_indicator():
    assert codes("固定资产投资增长-12.7%，社会消费品零售总额增长-5.1%。") == [
        ("12.7%", "fixed_asset_investment"), ("5.1%", "retail_sales")]


def test_a_bare_measure_takes_the_thing_measured_earlier_in_its_sentence():
    # 山西, 湖北, 福建, 黑龙江 2024: the provinces' grain output was uncoded
    assert codes("粮食播种面积4741.4万亩，总产量295.6亿斤，")[1] == ("295.6亿斤", "grain_output")
    assert codes("粮食稳产丰收，产量达到555.4亿斤，") == [("555.4亿斤", "grain_output")]
    assert codes("全年粮食播种面积1261.7万亩、产量511万吨，")[1] == ("511万吨", "grain_output")
    # with no such thing before it, a measure stays unnamed
    assert codes("企业效益明显改善，产量达到555.4万吨。") == [("555.4万吨", None)]


def test_a_whole_whose_part_carries_its_code_keeps_none():
    # 宁波 2006: the budget revenue with the centre's share and the city's own, both filed as the city's own (the
    # wider is named before the local one: the total revenue, see the test below)
    assert codes("财政一般预算收入从143.2亿元增加到466.5亿元，其中地方财政收入从64.4亿元增加到212.4亿元。") == [
        ("143.2亿元", "fiscal_revenue_total"), ("466.5亿元", "fiscal_revenue_total"),
        ("64.4亿元", "general_budget_revenue"), ("212.4亿元", "general_budget_revenue")]
    # 乌鲁木齐 2019: asked for the general budget revenue growth, the warehouse answered 27.5 and 14.4
    assert codes("完成地方财政收入800亿元，增长27.5%，其中：一般公共预算收入458亿元，增长14.4%。") == [
        ("800亿元", None), ("27.5%", None), ("458亿元", "general_budget_revenue"), ("14.4%", "general_budget_revenue")]
    # any other part is the narrower figure: the whole keeps the series
    assert codes("实际利用外资11.87亿美元，增长7.1%，其中外商直接投资8.5亿美元。") == [
        ("11.87亿美元", "foreign_investment"), ("7.1%", "foreign_investment"), ("8.5亿美元", None)]


def test_items_of_a_list_of_new_capacities_are_capacity_added():
    # 1992 communiqué: the year's new generating capacity was a second figure of the total capacity
    assert codes("全国基本建设新增加的主要生产能力有：煤炭开采2065万吨、发电装机容量1223万千瓦。"
                 "发电装机达到16500万千瓦。") == [
        ("2065万吨", None), ("1223万千瓦", "power_capacity_added"), ("16500万千瓦", "power_capacity")]


def test_items_of_a_list_take_the_measure_its_lead_names():
    # 1984 communiqué: the retail volume of grain had become a second growth of grain output
    assert [(f.text, f.indicator, f.indicator_code) for f in facts(
        "主要消费品的社会零售量同上年比较：粮食增长19.5%，猪肉增长3%。全年粮食产量40731万吨，比上年增长5.1%。")] == [
        ("19.5%", "粮食零售量", None), ("3%", "猪肉零售量", None),
        ("40731万吨", "粮食产量", "grain_output"), ("5.1%", "粮食产量", "grain_output")]


def test_a_step_passed_keeps_its_phrase_but_not_the_code_of_the_amount():
    # 武汉 2011: GDP "in 2010" was 3000亿元, 4000亿元, 5000亿元 and 5515.8亿元 at once
    found = extract_facts("地区生产总值连续跨越3000亿元、4000亿元、5000亿元3个台阶，2010年达到5515.8亿元。",
                          published=date(2011, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("3000亿元", None), ("4000亿元", None), ("5000亿元", None), ("3个", None), ("5515.8亿元", "gdp")]
    found = extract_facts("生产总值接近千亿元大关，是“十二五”末的1.45倍。", published=date(2021, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [("接近千亿元", None), ("1.45倍", "gdp")]
    # 四川 2022: 迈上5万亿台阶 is a step, not 5万亿 machines
    found = extract_facts("全省地区生产总值迈上5万亿台阶，达5.38万亿元、增长8.2%。", published=date(2022, 1, 20))
    assert [(f.text, f.unit, f.indicator_code) for f in found] == [
        ("5.38万亿元", "CNY", "gdp"), ("8.2%", "percent", "gdp")]


def test_a_growth_restated_on_another_basis_is_not_the_headline_growth():
    # 哈尔滨 2021 and 葫芦岛 2020: revenue growth "in 2020/2019" had two values, the headline and the restated one
    found = extract_facts("一般公共预算收入完成339.6亿元，下降8.4%（按可比口径增长3.5%）。", published=date(2021, 1, 20))
    assert [(f.value, f.indicator, f.indicator_code) for f in found][1:] == [
        (-8.4, "一般公共预算收入", "general_budget_revenue"), (3.5, "一般公共预算收入（可比口径）", None)]
    found = extract_facts("一般公共预算收入84.3亿元，增长2.5%，剔除减税降费因素影响，增长10.5%。", published=date(2020, 1, 20))
    assert [f.indicator_code for f in found] == ["general_budget_revenue", "general_budget_revenue", None]
    # 2016 communiqué: the real growth after the nominal one is the same growth net of prices
    found = extract_facts("全年社会消费品零售总额332316亿元，比上年增长10.4%，扣除价格因素，实际增长9.6%。",
                          published=date(2017, 2, 28))
    assert [(f.value, f.indicator_code) for f in found][1:] == [(10.4, "retail_sales"), (9.6, None)]
    # the only growth given keeps the code
    found = extract_facts("地方一般公共预算收入698.5亿元，同口径增长1.1%。", published=date(2023, 1, 20))
    assert [f.indicator_code for f in found] == ["general_budget_revenue"] * 2
    found = extract_facts("城镇居民人均可支配收入25578元，实际增长7.6%。", published=date(2014, 1, 20))
    assert [f.indicator_code for f in found] == ["urban_disposable_income"] * 2


def test_a_count_is_never_an_amount_of_money():
    # 无锡 2024 and 青岛 2026: foreign trade "in 2023/2025" was 16 and 141 beside 7065亿元 and 9128.9亿元
    found = extract_facts("出台民营经济21条、外贸16条等系列政策，为141家外贸“白名单”企业发放贷款122亿元，"
                          "全年完成外贸进出口7065亿元。", published=date(2024, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("21条", None), ("16条", None), ("141家", None), ("122亿元", None), ("7065亿元", "foreign_trade")]


def test_bi_zeng_is_a_growth():
    # 福州 2007: 比增25.3% was a level of 25.3% beside the 732.34亿元 of investment
    found = extract_facts("全社会固定资产投资完成额达732.34亿元，比增25.3%。", published=date(2007, 1, 20))
    assert [(f.value, f.measure, f.indicator_code) for f in found] == [
        (73234000000, "level", "fixed_asset_investment"), (25.3, "growth", "fixed_asset_investment")]


def test_two_statistics_listed_with_values_in_their_own_units_pair_in_order():
    # 吴忠 2023 and 毕节 2022: the sown area was filed as grain output beside the output itself
    found = extract_facts("粮食种植面积、产量稳定在300万亩、105万吨以上。", published=date(2023, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [("300万亩", "grain_area"), ("105万吨以上", "grain_output")]
    # one thing measured in two units keeps one subject
    found = extract_facts("新开工建设和筹措保障性住房1100万平方米、17.08万套。", published=date(2012, 1, 20))
    assert [f.indicator for f in found] == ["新开工建设和筹措保障性住房"] * 2


def test_a_change_opening_its_clause_after_a_milestone_measures_the_subject_of_its_start():
    # 乌鲁木齐 2021: GDP in 2020 answered the milestone 3000亿元, the 3500亿元 reached had the phrase "由2015年的2330.8亿元"
    found = extract_facts("“十三五”期间，全市地区生产总值突破3000亿元大关，由2015年的2330.8亿元增加到2020年的3500亿元，增长35.1%。",
                          published=date(2021, 1, 20))
    assert [(f.text, f.indicator_code, f.period) for f in found] == [
        ("突破3000亿元", "gdp", "2020"), ("2330.8亿元", "gdp", "2015"), ("3500亿元", "gdp", "2020"),
        ("35.1%", "gdp", "2016-01/2020-12")]


def test_goals_after_a_look_back_at_the_last_year_are_of_the_plan_year_in_a_text_with_no_headings():
    # 太原 2019 as published, on one line: "一年来，我们主要做了以下工作：" dated the goals of 2019 as 2018's
    text = ("其他约束性指标都圆满完成了年度目标。 一年来，我们主要做了以下工作：转型发展迈出坚实步伐。"
            "开展转型项目建设年活动，完成转型项目投资772.61亿元。二、2019年工作安排 "
            "今年政府工作的总体要求是：坚持稳中求进。 主要预期指标是：地区生产总值增长8%左右，规模以上工业增加值增长10%。")
    found = extract_facts(text, published=date(2019, 1, 15))
    assert [(f.text, f.status, f.period) for f in found] == [
        ("772.61亿元", "actual", "2018"), ("8%左右", "target", "2019"), ("10%", "target", "2019")]


def test_a_growth_counted_on_a_comparable_basis_after_a_level_is_the_levels_growth():
    # 鞍山 2016: the only growth figures given are on a comparable basis; they had the phrase "按照可比口径"
    found = extract_facts("预计，全年实现地区生产总值2326亿元，按照可比口径增长3.5%；公共财政预算收入128.8亿元，按照可比口径下降4.4%。",
                          published=date(2016, 1, 20))
    assert [(f.value, f.measure, f.indicator_code) for f in found] == [
        (232600000000, "level", "gdp"), (3.5, "growth", "gdp"),
        (12880000000, "level", "general_budget_revenue"), (-4.4, "growth", "general_budget_revenue")]


def test_the_goals_lead_is_no_part_of_the_first_goal_without_a_colon():
    # 辽源 2016: "主要预期目标是地区生产总值增长7%" named the indicator "主要预期目标是地区生产总值"
    found = extract_facts("2016年，市政府将认真落实决策部署。主要预期目标是地区生产总值增长7%，地方级财政收入增长6%左右。",
                          published=date(2016, 1, 13))
    assert [(f.text, f.indicator, f.indicator_code, f.status) for f in found] == [
        ("7%", "地区生产总值", "gdp", "target"), ("6%左右", "地方级财政收入", "general_budget_revenue", "target")]


def test_a_growth_after_a_share_of_the_plan_is_the_growth_of_the_amount_before_it():
    # 雅安 2014: the revenue fell 24.09 %; the growth had the phrase of the plan's share, "完成调整预算的"
    found = extract_facts("地方公共财政收入22.94亿元，完成调整预算的104.27%，下降24.09%;全社会固定资产投资352.82亿元，下降1.2%。",
                          published=date(2014, 1, 20))
    assert [(f.value, f.measure, f.indicator_code) for f in found][1:3] == [
        (104.27, "ratio", None), (-24.09, "growth", "general_budget_revenue")]
    # a share listed after a share is no growth of the figure before them (宁德 2020)
    found = extract_facts("完成禁养区渔排清退总任务的92%，提前完成藻类清退总任务，分别完成渔排和藻类升级改造总任务的89%、99%。",
                          published=date(2020, 1, 20))
    assert [f.indicator for f in found][1:] == ["分别完成渔排和藻类升级改造总任务的"] * 2


def test_a_figure_in_a_bracketed_aside_names_nothing_after_the_bracket():
    # the 1992 communiqué: the investment's growth had the phrase of the aside, "管理口径"
    found = extract_facts("全年全社会完成固定资产投资7582亿元（计划管理口径为7278亿元），比上年增长37.6％。",
                          published=date(1993, 2, 18))
    assert [(f.text, f.indicator_code) for f in found if f.measure == "growth"] == [("37.6％", "fixed_asset_investment")]


def test_a_clause_naming_the_price_basis_is_no_subject():
    # the 2002 communiqué: "考虑物价下降因素，比上年实际增长13.4%" had the phrase "考虑物价"; the 1998 communiqué's
    # growth after inflation, restated after the headline one, is another series (no code)
    found = extract_facts("全国城镇居民人均可支配收入7703元，考虑物价下降因素，比上年实际增长13.4%。", published=date(2003, 2, 28))
    assert [(f.text, f.indicator_code) for f in found] == [("7703元", "urban_disposable_income"),
                                                          ("13.4%", "urban_disposable_income")]
    found = extract_facts("全年社会消费品零售总额29153亿元，比上年增长6.8%，考虑价格因素，实际增长9.7%。", published=date(1999, 2, 26))
    assert [(f.text, f.indicator, f.indicator_code) for f in found][1:] == [
        ("6.8%", "社会消费品零售总额", "retail_sales"), ("9.7%", "社会消费品零售总额（实际）", None)]


def test_an_adverb_before_the_verb_is_no_part_of_the_indicator_and_m2_is_named_as_it_grows():
    # 衢州 2023 (社会消费品零售总额逆势增长4.6%) and the State Council's 2014 report (广义货币M2预期增长13%左右)
    one("社会消费品零售总额逆势增长4.6%。", published=date(2023, 1, 10), indicator="社会消费品零售总额",
        indicator_code="retail_sales")
    one("今年广义货币M2预期增长13%左右。", published=date(2014, 3, 5), indicator_code="m2", status="target")


def test_a_number_several_indicators_share_is_the_first_ones_and_names_the_others():
    # 朝阳 2014 and 海口 2011: one number given for a list (均, or a list closing on its clause) is one fact, the
    # first item's; the others' codes are in shared_with (the budget revenue target of 朝阳 2014 was not found)
    found = extract_facts("主要预期目标是：地区生产总值、公共财政预算收入均增长10%，财政总收入和地方一般预算收入均增长15%；"
                          "规模以上工业增加值、固定资产投资增长12%左右。", published=date(2014, 1, 10))
    assert [(f.text, f.indicator_code, f.shared_with) for f in found] == [
        ("10%", "gdp", ("general_budget_revenue",)), ("15%", "fiscal_revenue_total", ("general_budget_revenue",)),
        ("12%左右", "industry_va_above_scale", ("fixed_asset_investment",))]
    # two values for two items pair in order, and share nothing
    found = extract_facts("城乡居民人均可支配收入分别增长7.5%和9.5%。", published=date(2022, 1, 10))
    assert [(f.indicator_code, f.shared_with) for f in found] == [
        ("urban_disposable_income", ()), ("rural_disposable_income", ())]


def test_one_rate_for_two_indicators_is_each_ones_with_fenbie_or_with_no_cue():
    # 张家界 2014, 铁岭 2016, 河北 2013: a single rate after 分别, or a rate after A和B with no cue, is both
    # indicators' (their second indicator's target was missing); a level with no cue stays the sum's
    found = extract_facts("财政总收入增长12%，城镇居民人均可支配收入和农民人均纯收入分别增长12%；居民消费价格涨幅控制在4%以内。",
                          published=date(2014, 1, 10))
    assert [(f.text, f.indicator_code, f.shared_with) for f in found] == [
        ("12%", "fiscal_revenue_total", ()), ("12%", "urban_disposable_income", ("rural_net_income",)),
        ("4%以内", "cpi", ())]
    found = extract_facts("主要预期目标是：社会消费品零售总额增长8%，城乡居民人均可支配收入分别增长7%。",
                          published=date(2016, 1, 10))
    assert [(f.indicator_code, f.shared_with) for f in found][-1] == ("urban_disposable_income",
                                                                       ("rural_disposable_income",))
    found = extract_facts("城镇居民人均可支配收入和农民人均纯收入增长9%以上。", published=date(2013, 1, 10))
    assert [(f.indicator_code, f.qualifier, f.shared_with) for f in found] == [
        ("urban_disposable_income", "at_least", ("rural_net_income",))]
    # one industry whose name holds 和 is not two
    one("批发和零售业增加值增长8%。", published=date(2013, 1, 10), indicator="批发和零售业增加值")


def test_investment_without_rural_households_answers_for_the_whole_when_the_report_gives_no_whole():
    # 周口 2014: a city's only investment figure; the national communiqué of 2013 gives the whole beside it
    found = extract_facts("初步核算，生产总值增长9.3%，高于全省0.3个百分点；固定资产投资（不含农户）增长23.7%，高于全省0.5个百分点。",
                          published=date(2014, 2, 10))
    assert [(f.text, f.indicator_code, f.shared_with) for f in found if f.measure == "growth"] == [
        ("9.3%", "gdp", ()), ("23.7%", "fixed_asset_investment_excl_rural", ("fixed_asset_investment",))]
    found = extract_facts("全年全社会固定资产投资447074亿元，比上年增长19.3%，扣除价格因素，实际增长18.9%。其中，固定资产投资（不含农户）"
                          "436528亿元，增长19.6%；农户投资10547亿元，增长7.2%。", published=date(2014, 2, 24))
    assert all(not f.shared_with for f in found)
    assert ("19.6%", "fixed_asset_investment_excl_rural") in [(f.text, f.indicator_code) for f in found]


def test_a_whole_or_values_of_their_own_are_not_a_shared_rate():
    # 东莞 2025, 南宁 2022: 进出口 and 存贷款余额 name a whole; 乌鲁木齐 2017: each item has its own level after 分别
    found = extract_facts("加工贸易、保税物流分别增长5.9%和18.1%，带动进出口增长8.3%。人民币存贷款余额增长8.5%。",
                          published=date(2025, 1, 10))
    assert [(f.text, f.shared_with) for f in found] == [("5.9%", ()), ("18.1%", ()), ("8.3%", ()), ("8.5%", ())]
    assert found[2].indicator_code == "foreign_trade"
    found = extract_facts("城镇居民人均可支配收入和农村居民人均可支配收入分别达到34200元和16400元，增长1.12倍和94.4%。",
                          published=date(2017, 1, 10))
    assert [(f.indicator_code, f.shared_with) for f in found[:2]] == [
        ("urban_disposable_income", ()), ("rural_disposable_income", ())]
    assert all(not f.shared_with for f in found)


def test_levels_after_a_shared_average_growth_pair_with_the_items():
    # 张掖 2017: 年均 is no 均 of sharing; the two levels after are each item's
    found = extract_facts("大口径财政收入和一般公共预算收入年均增长10%，达到100亿元和45亿元。", published=date(2017, 1, 10))
    assert [(f.text, f.indicator_code, f.shared_with) for f in found] == [
        ("10%", "fiscal_revenue_total", ("general_budget_revenue",)), ("100亿元", "fiscal_revenue_total", ()),
        ("45亿元", "general_budget_revenue", ())]


def test_a_count_of_routes_is_not_their_length():
    # 杭州 2021: 3条 is the number of expressways built; the length is the 169公里 beside it
    found = extract_facts("在建铁路4条、199公里，建成高速公路3条、169公里，建成城市快速路36公里。", published=date(2021, 1, 20))
    assert [(f.text, f.indicator_code) for f in found if "高速" in f.indicator] == [
        ("3条", None), ("169公里", "expressway_added")]


def test_works_begun_are_not_works_done():
    # 金华 2021: seven roads whose building began; the roads opened (打通) are counted in other years
    found = extract_facts("丹光东路、玉泉东路等7条断头路开工建设。", published=date(2021, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [("7条", None)]
    found = extract_facts("完善提升老城区，打通13条“断头路”。", published=date(2021, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [("13条", "dead_end_roads_opened")]


def test_trade_named_with_its_course_or_as_goods_trade():
    # 广西 2015, 湖北 2019, 海南 2021, 浙江 2025: the region's trade and exports had no code
    found = extract_facts("进出口逆势上扬，增长23.5%，加工贸易增长63.6%。进出口贸易增长12.7%。货物进出口贸易增长3%。"
                          "货物贸易出口达3.9万亿元、增长9.5%。", published=date(2025, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("23.5%", "foreign_trade"), ("63.6%", None), ("12.7%", "foreign_trade"), ("3%", "foreign_trade"),
        ("3.9万亿元", "exports"), ("9.5%", "exports")]


def test_the_urbanisation_rates_of_a_list_keep_their_whole_name():
    # 四川 2018 (the 2017 review): 常住人口镇化率 lost the 城 of 城镇化率
    found = extract_facts("常住人口、户籍人口城镇化率分别达50.7%、34.2%。", published=date(2018, 1, 26))
    assert [(f.indicator, f.indicator_code) for f in found] == [
        ("常住人口城镇化率", "urbanisation_rate"), ("户籍人口城镇化率", "urbanisation_rate_registered")]


def test_a_turn_from_one_rate_to_another_keeps_the_subject():
    # 广西 2023: the year's trade growth after its fall in January
    found = extract_facts("外贸进出口总额由1月份下降31.1%转为全年增长11.3%。", published=date(2023, 1, 12))
    assert [(f.text, f.value, f.indicator_code) for f in found][-1] == ("11.3%", 11.3, "foreign_trade")


def test_the_state_councils_money_and_investment_targets():
    # 2015: a note in brackets inside the name; 2017: one target for M2 and the stock of social financing
    found = extract_facts("广义货币M2（注：M2为M右下角加2）预期增长12%左右。", published=date(2015, 3, 5))
    assert [(f.value, f.status, f.indicator_code) for f in found] == [(12, "target", "m2")]
    found = extract_facts("今年广义货币M2和社会融资规模余额预期增长均为12%左右。", published=date(2017, 3, 5))
    assert [(f.value, f.indicator_code, f.shared_with) for f in found] == [(12, "m2", ("social_financing_stock",))]
    # 1998: 预定 sets a target, and what follows 或者 is no noun of the number's
    found = extract_facts("今年全社会固定资产投资预定增长10%或者更多一些。", published=date(1998, 3, 5))
    assert [(f.value, f.status, f.period, f.indicator_code) for f in found] == [
        (10, "target", "1998", "fixed_asset_investment")]


def test_one_level_for_a_list_is_their_sum_and_no_one_items():
    # 武汉 2010: 1415 motions, suggestions and proposals together are not the NPC motions
    found = extract_facts("办理市人大议案、建议和市政协建议案、提案1415件，回复率达100%。", published=date(2010, 1, 20))
    assert found[0].indicator_code is None
    # 甘肃 2025: values listed against the items keep one each, whatever their units
    found = extract_facts("原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。",
                          published=date(2025, 1, 20))
    assert [f.indicator_code for f in found][:3] == ["coal_output", "crude_oil_output", "natural_gas_output"]


def test_a_bound_that_picks_things_is_not_their_amount():
    # the 2024 communiqué's footnote; 九江 2014
    for sentence in ("普惠小微贷款包括单户授信小于1000万元的小微企业贷款、个体工商户经营性贷款。",
                     "培植一批年销售收入超10亿元的高新技术企业。"):
        assert extract_facts(sentence, published=date(2024, 1, 20))[0].indicator_code is None
    # a project's total investment says its size
    assert extract_facts("一批总投资超40亿元的功能材料等项目落地。", published=date(2024, 1, 20))[0].indicator_code == \
        "projects_total_investment"


def test_funds_in_place_belong_to_the_programme_named_before_them():
    # 那曲 2023: aid to Tibet; 固原: investment promotion
    found = extract_facts("实施援藏项目137个，到位资金8.42亿元。", published=date(2023, 1, 20))
    assert found[1].indicator_code is None
    found = extract_facts("实施招商引资项目162个，到位资金190亿元，增长8%。", published=date(2023, 1, 20))
    assert [f.indicator_code for f in found][1:] == ["investment_attracted", "investment_attracted"]


def test_a_rate_after_a_clause_that_tells_how_an_indicator_turned_is_its_rate():
    # 濮阳 2022: 24.6% is industrial investment's growth, not the key projects'
    found = extract_facts("284个省市重点项目完成投资1136.4亿元，实施工业项目“百日攻坚”，推动工业投资止跌反弹、逆势上扬，"
                          "全年增长24.6%，114个重点工业项目完成投资396.2亿元。", published=date(2022, 1, 20))
    assert [(f.text, f.indicator_code) for f in found if f.unit == "percent"] == [("24.6%", "industrial_investment")]


def test_phrases_of_old_reports():
    # 山西 2005, 四川 2003; 鹰潭 2022: 净增 is a change of the number of market entities, not those registered
    found = extract_facts("——全省生产总值初步核算为3042.4亿元，比上年增长14.1%。全社会固定资产投资计划安排2380亿元，增长10.3%。",
                          published=date(2005, 1, 20))
    assert [f.indicator_code for f in found] == ["gdp", "gdp", "fixed_asset_investment", "fixed_asset_investment"]
    found = extract_facts("力争全年为市场主体减负超50亿元，净增市场主体1.6万户以上。", published=date(2022, 1, 20))
    assert (found[-1].indicator_code, found[-1].measure) == ("market_entities", "change")


def test_a_citys_urban_consumer_prices_are_its_cpi():
    # 广州 2019's target; a province's 城市居民消费价格 stays the urban part of its prices
    def code(region):
        return extract_facts("城市居民消费价格涨幅控制在3%左右。", published=date(2019, 1, 20), region_code=region)[0].indicator_code
    assert (code("440100"), code("120000"), code("230000")) == ("cpi", "cpi", None)


def test_subjects_before_a_turn_and_heads_of_place():
    # 潮州 2021, 抚顺 2023 (域内: within the city), 乌海 2014 (农区居民: its farming districts' residents)
    found = extract_facts("地区生产总值和一般公共预算收入增长实现转正，分别增长1.3%和1.3%。", published=date(2021, 1, 20))
    assert [f.indicator_code for f in found] == ["gdp", "general_budget_revenue"]
    found = extract_facts("域内固定资产投资136亿元、增长10%。农区居民人均纯收入达到13910元，增长12%。", published=date(2014, 1, 20))
    assert [f.indicator_code for f in found] == ["fixed_asset_investment"] * 2 + ["rural_net_income"] * 2


def test_one_count_for_things_of_two_kinds_is_neither_kinds():
    # 东莞 2017: forest parks and wetland parks together; a list of verbs or levels shares one noun
    found = extract_facts("新建森林公园、湿地公园17个，建成绿道956公里。", published=date(2017, 1, 20))
    assert found[0].indicator_code is None
    found = extract_facts("扩大省级生态公益林750万亩，增加森林公园、湿地公园210个。", published=date(2015, 1, 20))  # 广东 2015
    assert found[1].indicator_code is None
    # regulations made, amended and repealed together are none of the three (the dictionary's 制定修改 is made or revised)
    assert extract_facts("制定、修改、废止政府规章12件。", published=date(2017, 1, 20))[0].indicator_code is None
    assert extract_facts("制定、修改政府规章29件。", published=date(2021, 1, 20))[0].indicator_code == "gov_regulations_made"


def test_gaps_to_the_province_pair_with_the_growths_listed_before_them():
    # 新乡 2023
    found = extract_facts("固定资产投资、规上工业增加值、一般公共预算收入、社会消费品零售总额年均分别增长10.7%、7.8%、7.2%、5.7%，"
                          "高于全省4.2、2.5、2.8、0.8个百分点。", published=date(2023, 1, 20))
    assert [f.indicator_code for f in found if f.unit == "percentage_point"] == [
        "fixed_asset_investment", "industry_va_above_scale", "general_budget_revenue", "retail_sales"]


def test_the_total_after_a_net_addition_is_the_stock():
    # 南京 2022: 7800 is the number of high-tech firms, 1300 the net addition
    found = extract_facts("净增高新技术企业1300家、总数达7800家。", published=date(2022, 1, 20))
    assert [f.indicator_code for f in found] == ["high_tech_enterprises_new", "high_tech_enterprises"]


def test_rates_listed_after_as_many_values_pair_with_them_in_order():
    # 北京 2010: both rates had gone to 农民人均纯收入, the nearer subject
    found = facts("城镇居民人均可支配收入26738元，农民人均纯收入11986元，实际增长9.7%和13.4%。", date(2010, 1, 20))
    assert [(f.text, f.indicator_code) for f in found] == [
        ("26738元", "urban_disposable_income"), ("11986元", "rural_net_income"),
        ("9.7%", "urban_disposable_income"), ("13.4%", "rural_net_income")]
    found = facts("全年接待国内外游客728万人次，实现旅游收入50亿元，同比增长20%和13%。", date(2022, 1, 20))
    assert [f.indicator_code for f in found][2:] == ["tourist_arrivals", "tourism_revenue"]


def test_notes_on_how_a_figure_is_counted_are_no_part_of_its_name():
    # 乌海 2021, 青海 2004, 长春 2012, 舟山 2014
    found = facts("规模以上工业增加值、固定资产投资、一般公共预算收入、社会消费品零售总额指标，分别按增长8%、5%、2%、5%掌握。")
    assert [f.indicator_code for f in found] == [
        "industry_va_above_scale", "fixed_asset_investment", "general_budget_revenue", "retail_sales"]
    found = facts("全省城镇居民人均可支配收入6730元，按新的统计口径增长8.6%。", date(2004, 1, 20))
    assert [f.indicator_code for f in found] == ["urban_disposable_income"] * 2
    one("新口径固定资产投资完成2500亿元。", indicator_code="fixed_asset_investment")
    found = facts("城镇居民人均可支配收入和渔农村居民人均纯收入达到37646元和20573元，分别增长10%和10.6%。", date(2014, 1, 20))
    assert [f.indicator_code for f in found] == ["urban_disposable_income", "rural_net_income"] * 2
    # (but the report's main indicators taken together are no one statistic)
    one("主要经济指标增长30%以上。", indicator_code=None)


def test_an_income_raised_by_an_amount_is_a_change_of_that_income():
    # 江西 2005: 增收495元 had made an uncoded level of 495元, and the growth after it uncoded
    found = facts("农民人均纯收入增收495元，增长20.1%。", date(2005, 1, 20))
    assert [(f.text, f.indicator_code, f.measure) for f in found] == [
        ("495元", "rural_net_income", "change"), ("20.1%", "rural_net_income", "growth")]
    one("带动23万多名贫困人口增收。", indicator_code=None)


def test_a_change_against_last_year_after_a_level_is_that_levels_change():
    # 贵阳 2005: 比上年净增50.91亿元 had left the investment growth after it uncoded
    found = facts("预计全市全社会固定资产投资完成292.78亿元，比上年净增50.91亿元，增长21.1%。", date(2005, 1, 20))
    assert [(f.text, f.indicator_code, f.measure) for f in found] == [
        ("292.78亿元", "fixed_asset_investment", "level"), ("50.91亿元", "fixed_asset_investment", "change"),
        ("21.1%", "fixed_asset_investment", "growth")]


def test_older_and_local_names_of_the_headline_statistics():
    one("全年地方生产总值完成1163.4亿元（预计数，下同）。", date(2014, 1, 20), indicator_code="gdp")  # 永州 2014
    one("固定资产总投资942亿元。", date(2009, 1, 20), indicator_code="fixed_asset_investment")  # 东莞 2009
    one("城镇居民家庭年人均可支配收入达到 7869 元。", date(2002, 1, 20), indicator_code="urban_disposable_income")  # 拉萨


def test_one_count_of_things_of_several_kinds_is_no_one_kinds():
    # sample 26 of coded facts: 断头路、瓶颈路 (长沙 2017) and 新增、调整公交线路 (佳木斯 2016) had taken one kind's code
    assert codes("地铁3-6号线、西二环拓改和49条断头路、瓶颈路建设有序推进。") == [("49条", None)]
    assert codes("患难见真情，61个国际友好城市、国际机构致电慰问。") == [("61个", None)]
    assert codes("新增、调整公交线路11条。") == [("11条", "bus_routes_new_or_adjusted")]
    assert codes("新辟、优化公交线路47条。") == [("47条", "bus_routes_new_or_adjusted")]
    # (each thing with its own count, or a count and a clause of its own, keep theirs)
    assert codes("新增73所公办幼儿园、认定普惠性民办幼儿园189所。")[0] == ("73所", "public_kindergartens_built")
    assert codes("杭州亚运会荣获3枚金牌、创历史最好成绩。") == [("3枚", "gold_medals")]
    assert codes("新增5个省级临床重点专科、一批市级临床重点专科。") == [("5个", "provincial_key_specialties")]


def test_goals_announced_before_the_indicator_and_growth_pulled_by_projects():
    # 江门 2016: the GDP target had no code (经济发展的预期目标为生产总值); 安康 2023: the investment growth neither
    found = extract_facts("今年全市经济发展的预期目标为生产总值增长9%，一般公共预算收入增长9%（其他指标见附件）。",
                          published=date(2016, 1, 20), region_code="440700")
    assert [(f.text, f.indicator_code, f.status) for f in found] == [
        ("9%", "gdp", "target"), ("9%", "general_budget_revenue", "target")]
    found = extract_facts("323个市级重点项目完成投资682亿元，拉动全市固定资产投资增长3.5%。", published=date(2023, 1, 20),
                          region_code="610900")
    assert [(f.text, f.indicator_code) for f in found][-1] == ("3.5%", "fixed_asset_investment")
    # in points it is the projects' contribution, no figure of the economy's
    found = extract_facts("重大项目拉动经济增长1.8个百分点。", published=date(2023, 1, 20), region_code="460100")
    assert [f.indicator_code for f in found] == [None]


def test_steps_passed_one_after_another_are_milestones():
    # 东莞 2017: 6000亿元 was filed as the city's 2016 GDP beside the year's 6770亿元
    found = extract_facts("全市生产总值相继突破5000亿元和6000亿元，预计达到6770亿元，比2011年增长46.6%，年均增长8%。",
                          published=date(2017, 1, 20), region_code="441900")
    assert [(f.text, f.indicator_code) for f in found][1:3] == [("6000亿元", None), ("6770亿元", "gdp")]


def test_a_count_for_each_household_is_a_rule_of_allotment_not_a_count():
    # 南宁 2019 (precision sample 27): 1个 was counted as the city's public-welfare jobs
    found = extract_facts("确保有劳动能力的极度贫困户每户安排1个公益性岗位。", published=date(2019, 1, 20), region_code="450100")
    assert [(f.text, f.indicator_code) for f in found] == [("1个", None)]
    found = extract_facts("每个县区培育3至5个特色小镇。", published=date(2021, 1, 20), region_code="620500")
    assert [f.indicator_code for f in found] == [None]


def test_the_size_of_counted_projects_is_no_count_of_projects():
    # precision sample 27: 1174公里 was filed under projects completed
    found = extract_facts("建成投产项目13个1174公里。", published=date(2019, 1, 20), region_code="620000")
    assert [(f.text, f.indicator_code) for f in found] == [("13个", "projects_completed"), ("1174公里", None)]
    # a code of works built measures their length (the count of roads is none of its)
    found = extract_facts("建成高速公路3条300公里。", published=date(2015, 1, 20), region_code="620000")
    assert [f.indicator_code for f in found] == [None, "expressway_added"]


def test_average_rates_after_a_start_and_an_end_for_each_pair_with_them_in_order():
    # 厦门 2007 (precision sample 27): 23.4% was filed as the fiscal revenue's, 16.4% as the industrial output's
    found = extract_facts("地区生产总值由648亿元提高到1162亿元，工业总产值由1112亿元提高到2444亿元，财政总收入由126亿元提高到"
                          "275亿元，年均分别增长16.4%、23.4%和22.2%。", published=date(2007, 1, 20), region_code="350200")
    assert [(f.text, f.indicator_code) for f in found if f.unit == "percent"] == [
        ("16.4%", "gdp"), ("23.4%", "industry_output"), ("22.2%", "fiscal_revenue_total")]
    # 广西 2011: the incomes' average growths
    found = extract_facts("城镇居民人均可支配收入由2005年8917元增加到2010年17064元，农民人均纯收入由2495元增加到4543元，"
                          "年均分别增长13.9%和12.7%。", published=date(2011, 1, 20), region_code="450000")
    assert [(f.text, f.indicator_code) for f in found if f.unit == "percent"] == [
        ("13.9%", "urban_disposable_income"), ("12.7%", "rural_net_income")]


def test_older_words_for_per_head_name_the_per_capita_incomes():
    # 国务院 1984 and 1985 (truth table state_provinces_more): the incomes had no code
    found = extract_facts("农民按人口平均的纯收入达到309.8元，比上年增长14.7%。职工家庭按人口平均的生活费收入达到526元，比上年增长6.4%。",
                          published=date(1984, 5, 15), region_code="100000")
    assert [f.indicator_code for f in found] == ["rural_net_income"] * 2 + ["urban_living_income"] * 2


def test_a_bare_total_is_the_total_of_the_statistic_named_before_it():
    # 东莞 2003 (truth table cities_more_2): the GDP growth was filed under 总量, a ranking's word
    found = extract_facts("全市国内生产总值672.3亿元，总量排名全省第四，比上年增长18.4%，增幅名列珠三角各市首位。",
                          published=date(2003, 2, 10), region_code="441900")
    assert [(f.text, f.indicator_code) for f in found] == [("672.3亿元", "gdp"), ("18.4%", "gdp")]
    # not of words that name no statistic, nor of several
    found = extract_facts("主城区增扩公共自行车服务点85处、新增3100辆，全市总量达到8.11万辆。", published=date(2015, 2, 10),
                          region_code="330100")
    assert [(f.indicator, f.indicator_code) for f in found][-1] == ("总量", None)
    found = extract_facts("全市生产总值年均增长16%以上，地方财政一般预算收入年均增长28.9%，总量分别是2002年的2.1倍和2.9倍。",
                          published=date(2008, 2, 10), region_code="370200")
    assert [f.indicator_code for f in found if f.unit == "times"] == [None, None]


def test_values_of_a_pair_that_name_their_own_time_unit_pair_in_order():
    # 西宁 2020 (precision sample 28): the rural standard, a year's, was filed as the urban one
    found = extract_facts("城市、农村低保标准分别提高到每月583元、每年4300元。", published=date(2020, 1, 20), region_code="630100")
    assert [(f.text, f.indicator_code) for f in found] == [
        ("583元", "dibao_standard_urban"), ("4300元", "dibao_standard_rural")]


def test_a_share_named_after_the_last_item_is_every_items_share():
    # 宁德 2020 (precision sample 28): 88% was filed as the total revenue itself
    found = extract_facts("一般公共预算总收入和地方一般公共预算收入税性比重分别达88%、79%，均居全省第一。",
                          published=date(2020, 1, 20), region_code="350900")
    assert [(f.text, f.indicator) for f in found] == [
        ("88%", "一般公共预算总收入税性比重"), ("79%", "地方一般公共预算收入税性比重")]
    assert [f.indicator_code for f in found] == [None, None]


def test_two_bounds_before_the_things_they_pick_are_thresholds():
    # 宿州 2014 (precision sample 28): 过亿元 was filed as the city's industrial value added
    found = extract_facts("各县区均新增2个以上工业增加值过亿元、财政收入过千万元的“双超”乡镇。",
                          published=date(2014, 1, 20), region_code="341300")
    assert [(f.text, f.indicator_code) for f in found][1:] == [("过亿元", None), ("过千万元", None)]


def test_a_price_index_written_without_percent_is_the_prices_rise():
    # 甘肃 2002 and 宁夏 2007 (truth table provinces_1985_2007): the index had no unit, so no fact
    found = extract_facts("居民消费价格指数为104，商品零售价格指数为101.2。", published=date(2002, 1, 20), region_code="620000")
    assert [(f.text, f.value, f.measure, f.indicator_code) for f in found][:1] == [("104", 4.0, "growth", "cpi")]
    found = extract_facts("主要预期目标是：居民消费价格指数控制在103以内。", published=date(2007, 1, 20), region_code="640000")
    assert [(f.text, f.value, f.qualifier, f.status) for f in found] == [("103以内", 3.0, "at_most", "target")]
    # not a count or a year after the word
    assert extract_facts("编制价格指数2020年版。", published=date(2021, 1, 20)) == []


def test_older_and_looser_names_of_prices_revenue_and_incomes():
    # 辽宁 2007, 山东 2005, 海南 1997, 广州 2002, 江西 2007 (truth tables provinces_1985_2007 and cities_2002_2025)
    def codes(text, year, region):
        return [f.indicator_code for f in extract_facts(text, published=date(year, 1, 20), region_code=region)]
    assert codes("消费价格涨幅控制在3%以内。", 2007, "210000") == ["cpi"]
    assert codes("居民消费价格总体水平涨幅控制在4%左右。", 2005, "370000") == ["cpi"]
    assert codes("全省商品零售价格和居民消费品价格涨幅2.3%和4.3%。", 1997, "460000")[1:] == ["cpi"]
    assert codes("一般预算财政收入246.19亿元，增长22.76%。", 2002, "440100") == ["general_budget_revenue"] * 2
    assert codes("农村居民人均年纯收入6446元，增长5.9%。", 2002, "440100") == ["rural_net_income"] * 2
    assert codes("全省生产总值4619亿元，按可比价计算比上年增长12.3%。", 2007, "360000") == ["gdp"] * 2
    assert codes("全年实际完成固定资产投资1605亿元，增长13%。", 2003, "210000") == ["fixed_asset_investment"] * 2


def test_incomes_of_residents_named_in_full_before_a_shared_noun():
    # 恩施 2022 (truth table cities_2002_2025): the urban item lost its noun (城镇常住居民收入)
    found = extract_facts("城镇常住居民、农村常住居民人均可支配收入分别增长7%、8%。", published=date(2022, 1, 20),
                          region_code="422800")
    assert [f.indicator_code for f in found] == ["urban_disposable_income", "rural_disposable_income"]


def test_the_growth_of_industry_above_scale_named_as_a_rate():
    # 昌吉 2021 (truth table cities_2002_2025)
    found = extract_facts("规上工业增速达到17%，保持全疆前列。", published=date(2021, 1, 20), region_code="652300")
    assert [(f.measure, f.indicator_code) for f in found] == [("growth", "industry_va_above_scale")]


def test_a_subject_said_in_the_clause_before_keeps_its_residents():
    # 国务院 2000 and 2003 (truth table state_provinces_more): 居 of 居民 was read as the verb 居 (ranks), so the
    # incomes were 城镇's
    found = extract_facts("城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3%；农村居民人均纯收入实际增长3.8%。",
                          published=date(2000, 3, 5), region_code="100000")
    assert [f.indicator_code for f in found] == ["urban_disposable_income", "rural_net_income"]
    found = extract_facts("城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元。", published=date(2003, 3, 5),
                          region_code="100000")
    assert [f.indicator_code for f in found] == ["urban_disposable_income"] * 2


def test_old_names_of_output_retail_sales_and_industry():
    # 国务院 1957, 浙江 1992, 山东 2000 (truth table state_provinces_more)
    def codes(text, year, region):
        return [f.indicator_code for f in extract_facts(text, published=date(year, 3, 1), region_code=region)]
    assert codes("粮食（不包括大豆）的产量为三千六百五十亿斤。", 1957, "100000") == ["grain_output"]
    assert codes("全社会商品零售总额达到469亿元，比上年增长14.6%。", 1992, "330000") == ["retail_sales"] * 2
    assert codes("限额以上工业增加值达到2027.5亿元，增长13.1%。", 2000, "370000") == ["industry_va_above_scale"] * 2


def test_a_growth_after_a_share_of_the_whole_is_the_amounts():
    # 广东 2006 (truth table provinces_cities_1982_2026): 12.5% was filed as the share's growth
    found = extract_facts("2005年全省生产总值突破两万亿元大关，达到21701亿元，占全国的11.9%，比“九五”期末增加10960亿元，"
                          "比上年增长12.5%。", published=date(2006, 1, 20), region_code="440000")
    assert [(f.text, f.indicator_code) for f in found][-1] == ("12.5%", "gdp")
    # the share's change in points, and the next share of a list, stay the share's
    found = extract_facts("全市生产总值达到2170亿元，占全省的11.9%，比上年提高0.5个百分点。", published=date(2006, 1, 20),
                          region_code="440100")
    assert found[-1].indicator == "生产总值占全省比重"


def test_industry_above_scale_named_by_its_enterprises_and_a_basis_named_before_a_growth():
    # 甘肃 2005 and 2006, 海南 1994, 浙江 2005 (truth table provinces_cities_1982_2026)
    def codes(text, year, region):
        return [f.indicator_code for f in extract_facts(text, published=date(year, 1, 20), region_code=region)]
    assert codes("全省规模以上工业企业完成增加值500亿元，增长15.5%。", 2005, "620000") == ["industry_va_above_scale"] * 2
    assert codes("规模以上工业企业预计完成增加值增长18%。", 2006, "620000") == ["industry_va_above_scale"]
    assert codes("地方财政收入1805亿元，扣除出口退税因素后，增长16.3%。", 2005, "330000") == ["general_budget_revenue"] * 2
    found = extract_facts("共33.5亿元，按同口径计算增长18.4%。", published=date(1994, 1, 20), region_code="460000")
    assert found[-1].indicator is None  # the basis is no subject (the one before the list is not read here)


def test_a_list_of_statistics_that_each_grew_is_each_ones_when_one_is_unknown():
    # 连云港 2019 (truth table cities_more_3): 全体居民可支配收入 (no 人均) left the whole list uncoded
    found = extract_facts("固定资产投资、社会消费品零售总额和全体居民可支配收入均增长8%。", published=date(2019, 1, 20),
                          region_code="320700")
    assert [(f.indicator_code, f.shared_with) for f in found] == [("fixed_asset_investment", ("retail_sales",))]
    # not a list that only reaches a level together (均达100%)
    found = extract_facts("人大代表建议、政协委员提案办复率和满意率均达100%。", published=date(2022, 1, 20), region_code="220300")
    assert [f.indicator_code for f in found] == [None]


def test_a_time_word_after_the_name_is_no_part_of_it():
    # 菏泽 2020 (truth table cities_more_3)
    found = extract_facts("规模以上工业增加值年内实现由负转正、增长2.2%。", published=date(2020, 1, 20), region_code="371700")
    assert [f.indicator_code for f in found] == ["industry_va_above_scale"]


def test_a_sentence_opening_on_a_part_names_the_wholes_series_for_the_part():
    # the 2015 communiqué (conflicts sample 29): the Belt-and-Road countries' 25.3% answered for all foreign investment
    text = ("实际使用外商直接投资金额7814亿元（折1263亿美元），增长6.4%。其中“一带一路”沿线国家吸收外商直接投资新设立企业"
            "2164家，增长18.3%；实际使用外商直接投资金额526亿元（折85亿美元），增长25.3%。")
    found = extract_facts(text, published=date(2016, 2, 29), title="中华人民共和国2015年国民经济和社会发展统计公报",
                          region_code="100000")
    assert [(f.text, f.indicator_code) for f in found if f.unit in ("CNY", "percent")] == [
        ("7814亿元", "foreign_investment"), ("6.4%", "foreign_investment"), ("18.3%", None), ("526亿元", None),
        ("25.3%", None)]
    # a year of a span's total is no part of another place (内蒙古 2001)
    found = extract_facts("五年累计完成固定资产投资1500亿元。其中，2000年完成固定资产投资430亿元，比上年增长12%。",
                          published=date(2001, 2, 10), region_code="150000")
    assert [f.indicator_code for f in found] == ["fixed_asset_investment"] * 3


def test_a_gap_against_a_quarter_is_no_change_on_the_year_before():
    # 国务院 2005 (conflicts sample 29): -17.2 points answered for the investment's change in 2004
    found = extract_facts("全年全社会固定资产投资增长25.8%，增幅比一季度回落17.2个百分点。", published=date(2005, 3, 5),
                          region_code="100000")
    assert [(f.text, f.indicator_code) for f in found] == [("25.8%", "fixed_asset_investment"), ("17.2个百分点", None)]
    # a stock's change since the start of the year is the year's
    found = extract_facts("存贷比为68%，较年初上升13.8个百分点。", published=date(2020, 1, 20), region_code="630200")
    assert [f.indicator_code for f in found] == ["loan_deposit_ratio"] * 2


def test_meat_eggs_and_milk_listed_as_one_word_each_take_their_own():
    # 驻马店 2021 (precision sample 29): 33万吨 of eggs was filed as the three together
    found = extract_facts("肉蛋奶总产量分别达70万吨、33万吨、15万吨。", published=date(2021, 1, 20), region_code="411700")
    assert [f.indicator_code for f in found] == ["meat_output", "egg_output", "milk_output"]
    assert [f.indicator_code for f in extract_facts("肉蛋奶总产量达到118万吨。", published=date(2021, 1, 20))] == [
        "meat_egg_milk_output"]


def test_surplus_labour_sent_out_from_town_and_country_is_no_rural_transfer():
    # 甘肃 2015 (precision sample 29): 输转城乡劳动力 counts the towns' labour too
    found = extract_facts("输转城乡劳动力538.6万人，劳务收入1051亿元。", published=date(2015, 1, 20), region_code="620000")
    assert found[0].indicator_code == "surplus_labour_sent_out"


def test_prices_flat_on_the_year_are_a_rise_of_zero():
    # 青岛 1999 and 福建 2002 (truth table provinces_cities_1982_2007): a price level flat gave no fact
    found = extract_facts("居民消费价格总水平与上年持平。", published=date(1999, 2, 10), region_code="370200")
    assert [(f.text, f.value, f.measure, f.indicator_code) for f in found] == [("持平", 0.0, "growth", "cpi")]
    found = extract_facts("今年主要预期目标是：居民消费价格总水平基本持平。", published=date(2002, 1, 20), region_code="350000")
    assert [(f.text, f.qualifier, f.status, f.indicator_code) for f in found] == [("基本持平", "approx", "target", "cpi")]
    # a rate unchanged is still no growth of 0
    assert extract_facts("居民消费价格涨幅与上年持平。", published=date(1999, 2, 10)) == []


def test_the_owner_of_a_bare_income_is_named_by_the_clause_before():
    # 辽宁 2002 and 陕西 2002 (truth table provinces_cities_1982_2007)
    found = extract_facts("农民收入扭转了连续三年下滑的局面，人均纯收入达到2558元，增长8.6%。", published=date(2002, 1, 20),
                          region_code="210000")
    assert [(f.text, f.indicator_code) for f in found] == [("2558元", "rural_net_income"), ("8.6%", "rural_net_income")]


def test_a_bare_measure_listed_after_the_first_item_is_of_the_same_things():
    # 大连 2005 (truth table provinces_cities_1982_2007): 增加值 alone took no code
    found = extract_facts("全市规模以上工业总产值和增加值要分别增长18%和16%以上。", published=date(2005, 1, 20),
                          region_code="210200")
    assert [f.indicator_code for f in found] == ["industry_output_above_scale", "industry_va_above_scale"]


def test_leads_and_bases_before_a_revenue_are_not_its_name():
    # 南充 2023 and 西藏 2005 (truth tables cities_more_4, provinces_cities_1982_2007); 安徽 2007's 其中地方收入
    for sentence, published in (("特别是一般公共预算收入预计112.1亿元、下降15.8%。", date(2023, 1, 20)),
                                ("地方财政一般预算收入首次突破10亿元，比上年决算数增长22.9%。", date(2005, 1, 20)),
                                ("财政收入完成740亿元，其中地方收入427.7亿元，增长28%。", date(2007, 1, 20))):
        found = extract_facts(sentence, published=published)
        assert found[-1].indicator_code == "general_budget_revenue", sentence


def test_the_additions_verb_opening_a_list_of_counts_is_every_items():
    # 龙岩 2020 (precision sample 30): 限上商贸企业50家 after 新增规上服务业企业50家 counted the whole stock
    found = extract_facts("新增规上服务业企业50家、限上商贸企业50家。", published=date(2020, 1, 20), region_code="350800")
    assert [f.indicator_code for f in found] == ["services_enterprises_above_scale_new", "above_quota_trade_new"]


def test_water_supply_capacity_without_a_day_is_the_yearly_one_of_water_works():
    # 红河 2021 (precision sample 30): 新增供水能力937万立方米 of reservoirs was coded as a daily capacity
    found = extract_facts("确保全年新增蓄水库容1028万立方米、新增供水能力937万立方米以上。", published=date(2021, 1, 20),
                          region_code="532500")
    assert found[-1].indicator_code == "water_source_capacity_added"
    found = extract_facts("新增日供水能力12万立方米。", published=date(1994, 1, 20))
    assert found[0].indicator_code == "water_supply_capacity_added"


def test_bases_and_turns_said_before_a_growth_are_no_name():
    # 北京 1998, 晋中 2021, 南昌 2012, 大连 2013 (truth tables cities_more_5 and cities_more_6)
    for sentence, published, code in (
            ("今年的主要目标是：国内生产总值2008亿元，按可比价格增长9%。", date(1998, 2, 10), "gdp"),
            ("GDP由负转正，增长1.5%。", date(2021, 1, 20), "gdp"),
            ("按在地口径社会消费品零售总额910亿元，增长19%。", date(2012, 1, 20), "retail_sales"),
            ("固定资产投资按传统口径计算超过8000亿元，增长25%。", date(2013, 1, 20), "fixed_asset_investment")):
        assert extract_facts(sentence, published=published)[-1].indicator_code == code, sentence


def test_a_growth_after_an_about_share_of_the_whole_is_the_amounts():
    # 合肥 2008 (truth table cities_more_5): 约占全省20%，增长26% took the share's name
    found = extract_facts("规模以上工业实现增加值465亿元，约占全省20%，增长26%。", published=date(2008, 1, 20), region_code="340100")
    assert [(f.text, f.indicator_code) for f in found][::2] == [("465亿元", "industry_va_above_scale"),
                                                               ("26%", "industry_va_above_scale")]


def test_a_product_named_alone_in_a_communiques_output_table_is_its_output():
    # the national communiqués' product tables (钢 材 2，208 万吨 …, 原油 | 万吨 | 19477): a third of their rows had no code
    text = ("中华人民共和国国家统计局关于2020年国民经济和社会发展的统计公报\n"
            "表2 2020年主要工业产品产量及其增长速度\n产品名称\t单位\t产量\t比上年增长（%）\n原油\t万吨\t19476.9\t1.6\n"
            "表9 2020年主要商品出口数量、金额及其增长速度\n商品名称\t单位\t数量\t比上年增长（%）\n钢材\t万吨\t5367\t-16.5\n")
    found = extract_facts(text, published=date(2021, 2, 28), region_code="100000")
    assert [(f.text, f.indicator_code) for f in found] == [("19476.9", "crude_oil_output"), ("1.6", "crude_oil_output"),
                                                          ("5367", None), ("-16.5", None)]
    # in a sentence a product's tonnes are as often capacities cut or plants built: 压减…水泥1716万吨
    found = extract_facts("全年压减粗钢产能788万吨、炼铁586万吨、水泥1716万吨。", published=date(2014, 1, 20))
    assert found[-1].indicator_code is None


def test_precision_sample_31_radio_and_tv_a_size_class_and_a_zones_taxes():
    # 青海 2012, 德州 2020, 海口 2026 (precision sample 31)
    found = extract_facts("广播电视人口覆盖率分别达到83.1%和84.4%。", published=date(2012, 1, 20), region_code="630000")
    assert [f.indicator_code for f in found] == ["radio_coverage", "tv_coverage"]
    found = extract_facts("新开工过亿元招商项目247个。", published=date(2020, 1, 20), region_code="371400")
    assert [(f.text, f.indicator_code) for f in found][0] == ("过亿元", None)
    found = extract_facts("园区营收、税收分别增长29.1%和24.3%。", published=date(2026, 1, 20), region_code="460100")
    assert [f.indicator_code for f in found] == [None, None]


def test_precision_sample_36_a_size_class_in_words_is_no_total_investment():
    # 烟台 2008 (precision sample 36): 亿元以上 picks the projects counted; a bound with a figure (超40亿元) is a
    # project's size and keeps its code
    found = extract_facts("建成和在建总投资亿元以上的项目626个。实施总投资超40亿元的项目3个。", published=date(2008, 1, 20))
    assert [(f.text, f.indicator_code) for f in found][::2] == [("亿元以上", None), ("超40亿元", "projects_total_investment")]


def test_a_regulated_price_rise_and_the_local_level_revenue_are_named():
    # 广州 1999 and 厦门 2012 (truth table major_cities_more)
    found = extract_facts("居民消费价格总指数升幅调控在4%以内。", published=date(1999, 2, 1), region_code="440100")
    assert found[0].indicator_code == "cpi"
    found = extract_facts("其中地方级收入371亿元，增长32.6%。", published=date(2012, 1, 20), region_code="350200")
    assert found[-1].indicator_code == "general_budget_revenue"


def test_a_step_passed_or_a_rank_before_the_figures_is_no_name():
    # 安庆 2014 and 绵阳 2021 (truth table cities_more_8): 首次过千亿 and 在全省地级市率先 stayed in the name
    found = extract_facts("固定资产投资首次过千亿、增长20%以上。", published=date(2014, 1, 20), region_code="340800")
    assert [(f.text, f.indicator_code) for f in found] == [("20%以上", "fixed_asset_investment")]
    found = extract_facts("地区生产总值在全省地级市率先突破三千亿元、达到3010.08亿元，增长4.4%。", published=date(2021, 1, 20),
                          region_code="510700")
    assert [(f.text, f.indicator_code) for f in found][-2:] == [("3010.08亿元", "gdp"), ("4.4%", "gdp")]


def test_a_bare_rate_after_a_clause_saying_its_indicator_grew_is_that_indicators():
    # 重庆 2003 (truth table cities_more_8): 同口径增幅达26.7% named no indicator
    found = extract_facts("地方预算内财政收入大幅度增长，同口径增幅达26.7%。", published=date(2003, 1, 20), region_code="500000")
    assert [(f.text, f.indicator_code) for f in found] == [("26.7%", "general_budget_revenue")]
    # a bare 增长 says too little to name the indicator of a later rate
    assert extract_facts("工业生产增长，增幅达26.7%。", published=date(2003, 1, 20))[0].indicator_code is None


def test_a_bare_value_added_after_the_firms_counted_is_theirs():
    # 玉溪 2023 (truth table cities_more_8): 新增规上工业企业45户，总量达489户，增加值增长9%
    found = extract_facts("新增规上工业企业45户，总量达489户，增加值增长9%。", published=date(2023, 1, 20), region_code="530400")
    assert found[-1].indicator_code == "industry_va_above_scale"


def test_the_revenue_named_beside_the_local_one_is_the_wider_total():
    # 三明 2020 (truth table cities_more_9): two revenues in one sentence were both the local general budget revenue
    found = extract_facts("一般公共预算收入168.41亿元，增长1.63%；地方一般公共预算收入107.76亿元，增长0.11%。",
                          published=date(2020, 1, 20), region_code="350400")
    assert [f.indicator_code for f in found] == ["fiscal_revenue_total"] * 2 + ["general_budget_revenue"] * 2
    # alone, it is the local one
    assert extract_facts("一般公共预算收入168.41亿元，增长1.63%。", published=date(2020, 1, 20))[0].indicator_code == \
        "general_budget_revenue"


def test_a_rate_each_of_a_list_of_values_reached_is_every_items():
    # 苏州 2013 (truth table cities_more_8): 增幅均在14%以上 was the urban income's alone
    found = extract_facts("城镇居民人均可支配收入、农民人均纯收入分别达到3.8万元和2万元，增幅均在14%以上。",
                          published=date(2013, 1, 20), region_code="320500")
    assert (found[-1].indicator_code, found[-1].shared_with) == ("urban_disposable_income", ("rural_net_income",))


def test_consumer_prices_flat_in_a_target_list_are_a_rise_of_zero():
    # 广州 2003 (truth table cities_more_9); 持平或略有上升 is a range, no value
    found = extract_facts("主要预期目标是：国内生产总值增长12％，居民消费价格持平，社会消费品零售总额增长10％。",
                          published=date(2003, 2, 1), region_code="440100")
    assert [(f.text, f.value, f.status, f.indicator_code) for f in found][1] == ("持平", 0.0, "target", "cpi")
    found = extract_facts("外贸出口增长5%，居民消费价格持平或略有上升。", published=date(2003, 2, 1))
    assert [f.text for f in found] == ["5%"]


def test_names_of_old_reports_for_retail_sales_revenue_and_herders_income():
    # 大连 2007, 黄石 2019, 甘南 2014 (truth tables cities_more_8 and cities_more_9)
    for phrase, code in (("全社会消费品零售额", "retail_sales"), ("地方公共预算收入", "general_budget_revenue"),
                         ("农牧村居民家庭人均纯收入", "rural_net_income")):
        assert extract_facts(f"{phrase}增长13%。", published=date(2007, 1, 20))[0].indicator_code == code, phrase


def test_a_bare_rate_after_a_share_is_of_the_amount_or_of_the_shares_part():
    # 贵阳 2014 (truth table cities_more_10): 增速达16％ after 占全省比重提高到26％ took the share's name
    found = extract_facts("预计全市生产总值突破2000亿元，达2085亿元，占全省比重提高到26％；增速达16％，继续在全国省会城市保持前列。",
                          published=date(2014, 1, 20), region_code="520100")
    assert [(f.text, f.indicator_code) for f in found][-1] == ("16％", "gdp")
    # 淄博 2022: the part a share names grew
    found = extract_facts("全市民生支出占财政支出比重达80.9%，五年年均增幅达6.8%。", published=date(2022, 1, 20))
    assert found[-1].indicator == "民生支出"


def test_a_phrase_right_before_its_own_rate_is_no_noun_of_the_number_before():
    # 南阳 2014 (truth table cities_more_10): the commas between the figures are lost in the source
    found = extract_facts("初步预计，全市生产总值增长8.7％地方公共财政预算收入增长19.3％全社会固定资产投资增长22.1％。",
                          published=date(2014, 1, 20), region_code="411300")
    assert [f.indicator_code for f in found] == ["gdp", "general_budget_revenue", "fixed_asset_investment"]


def test_industry_above_size_said_alone_grows_by_its_value_added():
    # 海南 2015, 陕西 2016; 梧州 2021 (truth table cities_more_12): 工业增加值 after 规模以上工业总产值 is of the same firms
    assert extract_facts("规模以上工业增长12.0%。", published=date(2015, 1, 20))[0].indicator_code == "industry_va_above_scale"
    found = extract_facts("规模以上工业总产值和工业增加值分别增长14%和13.9%。", published=date(2021, 1, 20), region_code="450400")
    assert [f.indicator_code for f in found] == ["industry_output_above_scale", "industry_va_above_scale"]
    # 鹤岗 2021: how the rates moved, said before their values, names no item
    found = extract_facts("规上工业、公共财政收入降幅收窄，分别下降1.5%、7.5%。", published=date(2021, 1, 20))
    assert (found[-1].value, found[-1].indicator_code) == (-7.5, "general_budget_revenue")


def test_heads_of_targets_and_size_thresholds_are_no_name():
    # 白城 2020, 宁波 2020, 贵阳 2015 (truth tables cities_more_10 and cities_more_12)
    found = extract_facts("全市固定资产投资必保增长7%以上。", published=date(2020, 1, 20), region_code="220800")
    assert [(f.status, f.indicator_code) for f in found] == [("target", "fixed_asset_investment")]
    found = extract_facts("我们要坚定信心，建议奋力实现地区生产总值增长6.5%左右。", published=date(2020, 5, 20))
    assert (found[0].status, found[0].indicator_code) == ("target", "gdp")
    found = extract_facts("2000万元口径规模以上工业增加值636.06亿元、增长12.2%，500万元口径固定资产投资增长20%。",
                          published=date(2015, 1, 20), region_code="520100")
    assert [(f.text, f.indicator_code) for f in found] == [("636.06亿元", "industry_va_above_scale"),
                                                          ("12.2%", "industry_va_above_scale"),
                                                          ("20%", "fixed_asset_investment")]
    for phrase, code in (("居民消费品价格指数", "cpi"), ("预算内财政收入", "general_budget_revenue"),
                         ("财政一般公共预算收入", "general_budget_revenue")):
        assert extract_facts(f"{phrase}增长3%。", published=date(2021, 1, 20))[0].indicator_code == code, phrase


def test_the_total_reached_after_the_additions_is_the_stock():
    # precision sample 33: 累计达到4133家 after 新增…920家 was coded as additions
    found = extract_facts("新增国家高新技术企业920家，累计达到4133家。", published=date(2020, 1, 20))
    assert [f.indicator_code for f in found] == ["high_tech_enterprises_new", "high_tech_enterprises"]


def test_one_rate_for_each_of_the_values_before_and_more_heads_and_bases():
    # 淮安 2020, 酒泉 2014, 重庆 2009, 常州 2023 (truth tables cities_more_18 to cities_more_20)
    for sentence, shared in (("城乡居民人均可支配收入预计为38870元和18500元，增幅均为8.5%。", "rural_disposable_income"),
                             ("实现城镇居民人均可支配收入23270元，农民人均纯收入11190元，分别增长16%。", "rural_net_income")):
        found = extract_facts(sentence, published=date(2020 if "38870" in sentence else 2014, 1, 20))
        assert (found[-1].indicator_code, found[-1].shared_with) == ("urban_disposable_income", (shared,)), sentence
    found = extract_facts("全市生产总值要力保增长12%。", published=date(2009, 1, 20), region_code="500000")
    assert [(f.status, f.indicator_code) for f in found] == [("target", "gdp")]
    found = extract_facts("预计全年实现地区生产总值9500亿元左右，按不变价格计算增长4%左右。", published=date(2023, 1, 20))
    assert found[-1].indicator_code == "gdp"


def test_negative_growth_is_a_fall_and_the_citys_own_gdp_is_its_gdp():
    # 甘孜 2021, 上海 2010, 北海 2014 (older truth tables' misses)
    found = extract_facts("社会消费品零售总额负增长4.3%。", published=date(2021, 1, 20), region_code="513300")
    assert [(f.value, f.indicator_code) for f in found] == [(-4.3, "retail_sales")]
    found = extract_facts("全年市生产总值比上年增长8.2%。", published=date(2010, 1, 20), region_code="310000")
    assert found[0].indicator_code == "gdp"
    assert extract_facts("居民消费价格涨幅指数控制在4%左右。", published=date(2014, 1, 20))[0].indicator_code == "cpi"
    # a tax burden keeps its 负
    assert extract_facts("企业税负下降5%。", published=date(2021, 1, 20))[0].indicator == "企业税负"
