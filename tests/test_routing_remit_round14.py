"""Round 14: matters that reach their unit by its remit's words (own sentences): a smell of the gas
people cook with (燃气, housing), a boiler left uninspected (特种设备, market), a home's land-use
term (不动产, land), a wage held back from someone who left (拖欠工资, hrss), live poultry killed
where food is sold (食品安全, market) and rocks falling onto a road (公路, transport)."""

from __future__ import annotations

import pytest

from nlp.router import Router

REMIT = [
    ("housing", "厨房里老是有点煤气味，想请燃气公司来检查一下管子"),
    ("housing", "楼道里闻着一股燃气味，不知道谁家的管子老化了，麻烦派人查查"),
    ("market", "我们厂的锅炉好几年没检验了，老板也不管"),
    ("market", "镇上澡堂子的锅炉从来没年检过，看着锈得厉害"),
    ("land", "我家房子的土地使用年限还剩十几年，到期以后怎么办"),
    ("land", "老小区的土地使用年限快到了，续期要不要再交钱"),  # flips at relearns
    ("hrss", "我在超市干了半年，辞职以后老板扣着工资不给"),
    ("market", "菜市场里现场宰杀活禽，到处是鸡毛和血水"),
    ("transport", "国道边的山坡老往下掉落石，开车经过心惊胆战"),
]


@pytest.mark.parametrize(("unit", "text"), REMIT)
def test_a_matter_reaches_the_unit_whose_remit_names_it(router: Router, unit: str, text: str) -> None:
    route = router.route(text)
    assert route.unit == unit and not route.urgent, route.keywords
